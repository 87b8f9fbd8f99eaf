// The types module: the classes of builtin values by name, SimpleNamespace and MethodType.
import { raise, exc } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { builtinTypes, newBuiltinType, objectType, setInstanceAttrs, typeOf, type PyType } from '../core/type.js';
import { keyName } from '../core/namespace.js';
import { PyMethod } from '../core/method.js';
import { repr } from '../ops/repr.js';
import { pyEquals } from '../ops/compare.js';
import { NotImplemented } from '../ops/not-implemented.js';
import { registerBuiltinModule } from '../system/modules.js';
import { PyDict } from '../types/dict.js';
import { mappingProxyType } from '../types/dict-proxy.js';
import { generatorType } from '../types/generator.js';
import { asyncGeneratorType, coroutineType } from '../types/coroutine.js';
import { guardedRepr } from './repr-guard.js';

/** types.SimpleNamespace: an object whose attributes are its keyword arguments. */
class SimpleNamespace {}
const simpleNamespaceType = newBuiltinType('SimpleNamespace', objectType, 'types', SimpleNamespace);
setInstanceAttrs(simpleNamespaceType, 2);

function attrsOf(o: unknown): [string, unknown][] {
  const ns = (o as { $d?: Record<string, unknown> }).$d;
  if (ns === undefined) return [];
  const out: [string, unknown][] = [];
  for (const key in ns) {
    const name = keyName(key);
    if (name !== null && ns[key] !== undefined) out.push([name, ns[key]]);
  }
  return out;
}

defineMethods(simpleNamespaceType, {
  '__init__(self, mapping=None, /, **kwargs)': (o: SimpleNamespace, mapping: unknown, kw: PyDict) => {
    const ns = ((o as { $d?: Record<string, unknown> }).$d ??= Object.create(null) as Record<string, unknown>);
    const set = (k: unknown, v: unknown) => {
      if (typeof k !== 'string') raise(exc.TypeError!, `keywords must be strings, not '${typeOf(k).$name}'`);
      ns[k.charCodeAt(0) === 36 ? '$' + k : k] = v;
    };
    if (mapping instanceof PyDict) for (const [k, v] of mapping.$entryIter()) set(k, v);
    for (const [k, v] of kw.$entryIter()) set(k, v);
    return null;
  },
  '__repr__(self, /)': (o: SimpleNamespace) => guardedRepr(o, `${typeOf(o).$name}(...)`, () => {
    const name = typeOf(o) === simpleNamespaceType ? 'namespace' : typeOf(o).$name;
    return `${name}(${attrsOf(o).map(([k, v]) => `${k}=${repr(v)}`).join(', ')})`;
  }),
  '__eq__(self, value, /)': (a: SimpleNamespace, b: unknown) => {
    if (!(b instanceof SimpleNamespace)) return NotImplemented;
    const x = attrsOf(a), y = new Map(attrsOf(b));
    return x.length === y.size && x.every(([k, v]) => y.has(k) && pyEquals(v, y.get(k)));
  },
});
simpleNamespaceType.$dict.__hash__ = null;

/** The bound-method class, which types.MethodType(function, instance) calls. */
const methodTypeAlias: PyType = builtinTypes.method!;

registerBuiltinModule('types', (m) => {
  const ns = m.$d;
  const byName: Record<string, string> = {
    FunctionType: 'function', LambdaType: 'function', MethodType: 'method', BuiltinFunctionType: 'builtin_function_or_method',
    BuiltinMethodType: 'builtin_function_or_method', ModuleType: 'module', CodeType: 'code', CellType: 'cell',
    NoneType: 'NoneType', NotImplementedType: 'NotImplementedType', GetSetDescriptorType: 'getset_descriptor',
    MemberDescriptorType: 'member_descriptor', MethodDescriptorType: 'method_descriptor', EllipsisType: 'ellipsis',
  };
  for (const [name, type] of Object.entries(byName)) if (builtinTypes[type] !== undefined) ns[name] = builtinTypes[type];
  ns.SimpleNamespace = simpleNamespaceType;
  ns.MappingProxyType = mappingProxyType;
  ns.GeneratorType = generatorType;
  ns.CoroutineType = coroutineType;
  ns.AsyncGeneratorType = asyncGeneratorType;
});

// `types.MethodType(f, obj)` calls the method class: give it a constructor.
defineMethods(methodTypeAlias, {
  '__new__(cls, function, instance, /)': (_cls: PyType, f: unknown, self: unknown) => {
    if (typeof f !== 'function' && typeOf(f).$dict.__call__ === undefined) raise(exc.TypeError!, 'first argument must be callable');
    if (self === null) raise(exc.TypeError!, 'instance must not be None');
    return new PyMethod(f, self);
  },
});

