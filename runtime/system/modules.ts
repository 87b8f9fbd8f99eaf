// The module registry: module objects, the modules a bundle defines, builtin modules written in
// TypeScript, and `__import__`'s semantics over `sys.modules`.
import { exc, newException, raise, raiseException } from '../core/exceptions.js';
import { newBuiltinType, objectType, setInstanceAttrs, typeOf, type PyType } from '../core/type.js';
import { attrKey, keyName, newNamespace, type Namespace } from '../core/namespace.js';
import { defineMethods } from '../core/function.js';
import { getattr } from '../core/attributes.js';
import { PyDict } from '../types/dict.js';
import { repr } from '../ops/repr.js';
import { absolutePath, dirName } from './paths.js';

/** A module object: its globals are the namespace `$d`. */
export class PyModule {
  declare $cls: PyType;
  $d: Namespace = newNamespace();
  /** True while the module's body runs (for the circular-import message). */
  $initializing = false;
}
export const moduleType: PyType = newBuiltinType('module', objectType, 'builtins', PyModule);
setInstanceAttrs(moduleType, 2);

/** `importlib.machinery.ModuleSpec`-lite: what `module.__spec__` shows. */
export class ModuleSpec {
  declare $cls: PyType;
  $d: Namespace = newNamespace();
}
export const moduleSpecType: PyType = newBuiltinType('ModuleSpec', objectType, 'importlib._bootstrap', ModuleSpec);
setInstanceAttrs(moduleSpecType, 2);

/** `sys.modules`. */
export const sysModules = new PyDict();

export interface ModuleDefinition {
  file: string | null;
  isPackage: boolean;
  body: (m: PyModule, g: Namespace) => void;
}

/** Modules of the bundle by dotted name (registration only: a body runs on first import). */
const definitions = new Map<string, ModuleDefinition>();
/** The same definitions by absolute file path, for the search along sys.path. */
const definitionsByFile = new Map<string, ModuleDefinition>();
/** Modules written in TypeScript by name, with the function that fills their namespace. */
const builtinModules = new Map<string, (m: PyModule) => void>();

/** Register a module of the bundle (compiled code calls this once per module). */
export function defineModule(name: string, file: string | null, isPackage: boolean, body: (m: PyModule, g: Namespace) => void): void {
  const def = { file, isPackage, body };
  definitions.set(name, def);
  if (file !== null) definitionsByFile.set(absolutePath(file), def);
}

/** The definition of module `nameOrFile` (a dotted name, or the file a module was defined with). */
export function findDefinition(nameOrFile: string): ModuleDefinition | undefined {
  const byName = definitions.get(nameOrFile);
  if (byName !== undefined) return byName;
  for (const def of definitions.values()) if (def.file === nameOrFile) return def;
  return undefined;
}

/** Register a module written in TypeScript: `init` fills the module on first import. */
export function registerBuiltinModule(name: string, init: (m: PyModule) => void): void {
  builtinModules.set(name, init);
}

/** The names of every module a program can import without a file (sys.builtin_module_names). */
export function builtinModuleNames(): string[] {
  return [...builtinModules.keys()].sort();
}

function newSpec(name: string, origin: string | null, isPackage: boolean, location: string | null): ModuleSpec {
  const spec = new ModuleSpec();
  const d = spec.$d;
  d.name = name;
  d.loader = null;
  d.origin = origin;
  d.loader_state = null;
  d.submodule_search_locations = isPackage && location !== null ? [location] : null;
  d.cached = null;
  d.parent = isPackage ? name : name.slice(0, Math.max(0, name.lastIndexOf('.')));
  d.has_location = location !== null;
  return spec;
}

/** Make a module object with CPython's module globals. `file` is null for builtin modules. */
export function newModule(name: string, file: string | null = null, isPackage = false, doc: unknown = null): PyModule {
  const m = new PyModule();
  const g = m.$d;
  g.__name__ = name;
  g.__doc__ = doc;
  g.__package__ = isPackage ? name : name.slice(0, Math.max(0, name.lastIndexOf('.')));
  g.__loader__ = null;
  g.__spec__ = newSpec(name, file ?? 'built-in', isPackage, file);
  if (isPackage && file !== null) g.__path__ = [dirName(file)];
  if (file !== null) {
    g.__file__ = file;
    g.__cached__ = null;
  }
  return m;
}

defineMethods(moduleType, {
  '__repr__(self)': (self: PyModule) => {
    const name = self.$d.__name__;
    const file = self.$d.__file__;
    const label = typeof name === 'string' ? repr(name) : '?';
    if (typeof file === 'string') return `<module ${label} from ${repr(file)}>`;
    return `<module ${label} (built-in)>`;
  },
  '__getattr__(self, name, /)': (self: PyModule, name: string) => {
    // A module's own __getattr__ (PEP 562) answers names it lacks.
    const hook = self.$d.__getattr__;
    if (hook !== undefined) return (hook as (n: string) => unknown)(name);
    const modName = self.$d.__name__;
    const e = newException(exc.AttributeError!, [typeof modName === 'string' ? `module '${modName}' has no attribute '${name}'` : `module has no attribute '${name}'`]);
    e.$x_name = name;
    e.$x_obj = self;
    raiseException(e);
  },
  '__dir__(self)': (self: PyModule) => {
    const out: string[] = [];
    for (const key of Object.keys(self.$d)) {
      const n = keyName(key);
      if (n !== null) out.push(n);
    }
    return out;
  },
});

function moduleNotFound(message: string, name: string): never {
  const e = newException(exc.ModuleNotFoundError!, [message]);
  e.$x_name = name;
  raiseException(e);
}

function searchPath(parent: PyModule | null): string[] {
  const dirs = parent !== null ? parent.$d.__path__ : (sysModules.$get('sys') as PyModule | undefined)?.$d.path;
  return Array.isArray(dirs) ? dirs.filter((d): d is string => typeof d === 'string') : [];
}

/** The bundled module that CPython's path finder would find for `name`: `<dir>/<last>/__init__.py`
 *  or `<dir>/<last>.py` for each directory on sys.path (the parent package's __path__ for a
 *  submodule). A bundled module whose file lies outside every such directory is found by name. */
function findModule(name: string, parent: PyModule | null): ModuleDefinition | undefined {
  const last = name.slice(name.lastIndexOf('.') + 1);
  const dirs = searchPath(parent);
  for (const dir of dirs) {
    const base = absolutePath(dir === '' ? '.' : dir);
    const found = definitionsByFile.get(`${base}/${last}/__init__.py`) ?? definitionsByFile.get(`${base}/${last}.py`);
    if (found !== undefined) return found;
  }
  const byName = definitions.get(name);
  if (byName === undefined || byName.file === null) return byName;
  const file = absolutePath(byName.file);
  const reachable = dirs.some((dir) => file.startsWith(absolutePath(dir === '' ? '.' : dir) + '/'));
  return reachable ? undefined : byName;
}

/** Run the module `name` from its definition (or builtin initialiser), caching it in sys.modules. */
function loadModule(name: string, parent: PyModule | null): unknown {
  const def = findModule(name, parent);
  if (def !== undefined) {
    const m = newModule(name, def.file === null ? null : absolutePath(def.file), def.isPackage);
    sysModules.$set(name, m);
    m.$initializing = true;
    try {
      def.body(m, m.$d);
    } catch (err) {
      sysModules.$pop(name);
      throw err;
    } finally {
      m.$initializing = false;
    }
    return sysModules.$get(name) ?? m;
  }
  const init = builtinModules.get(name);
  if (init !== undefined) {
    const m = newModule(name);
    sysModules.$set(name, m);
    init(m);
    return sysModules.$get(name) ?? m;
  }
  return undefined;
}

/** `importlib.util.find_spec` for absolute `name`: the spec of the module an import would load
 *  (the parent package is imported first, as CPython does), or null when there is none. */
export function findSpec(name: string): ModuleSpec | null {
  const loaded = sysModules.$get(name);
  if (loaded !== undefined) {
    const spec = loaded instanceof PyModule ? loaded.$d.__spec__ : undefined;
    if (spec === null || spec === undefined) raise(exc.ValueError!, `${name}.__spec__ is ${spec === null ? 'None' : 'not set'}`);
    return spec as ModuleSpec;
  }
  const dot = name.lastIndexOf('.');
  let parent: PyModule | null = null;
  if (dot >= 0) {
    const p = importAbsolute(name.slice(0, dot));
    if (!(p instanceof PyModule) || p.$d.__path__ === undefined) {
      moduleNotFound(`__path__ attribute not found on '${name.slice(0, dot)}' while trying to find '${name}'`, name);
    }
    parent = p;
  }
  const def = findModule(name, parent);
  if (def !== undefined) {
    const file = def.file === null ? null : absolutePath(def.file);
    return newSpec(name, file ?? 'built-in', def.isPackage, file);
  }
  return builtinModules.has(name) ? newSpec(name, 'built-in', false, null) : null;
}

/** Import the module with absolute dotted name `name` (and its parents), once. */
export function importAbsolute(name: string): unknown {
  const cached = sysModules.$get(name);
  if (cached !== undefined) {
    if (cached === null) moduleNotFound(`import of ${name} halted; None in sys.modules`, name);
    return cached;
  }
  const dot = name.lastIndexOf('.');
  let parent: unknown = null;
  if (dot >= 0) {
    const parentName = name.slice(0, dot);
    parent = importAbsolute(parentName);
    // The parent's body may have imported this module already.
    const again = sysModules.$get(name);
    if (again !== undefined) return again;
    if (!(parent instanceof PyModule) || parent.$d.__path__ === undefined) {
      moduleNotFound(`No module named '${name}'; '${parentName}' is not a package`, name);
    }
  }
  const m = loadModule(name, parent instanceof PyModule ? parent : null);
  if (m === undefined) moduleNotFound(`No module named '${name}'`, name);
  if (parent instanceof PyModule) parent.$d[attrKey(name.slice(dot + 1))] = m;
  return m;
}

function globalValue(g: unknown, key: string): unknown {
  if (g === null || g === undefined) return undefined;
  if (g instanceof PyDict) return g.$get(key);
  return (g as Namespace)[key];
}

/** The absolute name of relative import `name` at `level` from the module whose globals are `g`. */
export function resolveRelative(name: string, g: unknown, level: number): string {
  let pkg = globalValue(g, '__package__');
  if (pkg === undefined || pkg === null) {
    const spec = globalValue(g, '__spec__');
    if (spec instanceof ModuleSpec) {
      pkg = spec.$d.parent;
    } else {
      const modName = globalValue(g, '__name__');
      pkg = typeof modName === 'string' ? modName : '';
      if (globalValue(g, '__path__') === undefined) pkg = (pkg as string).slice(0, Math.max(0, (pkg as string).lastIndexOf('.')));
    }
  } else if (typeof pkg !== 'string') {
    raise(exc.TypeError!, '__package__ not set to a string');
  }
  if (pkg === '') raise(exc.ImportError!, 'attempted relative import with no known parent package');
  const bits = (pkg as string).split('.');
  if (bits.length < level) raise(exc.ImportError!, 'attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

/** `__import__(name, globals, locals, fromlist, level)` (compiled `import` statements call this). */
export function importModule(name: string, g?: unknown, fromlist?: ArrayLike<unknown> | null, level = 0): unknown {
  if (typeof name !== 'string') raise(exc.TypeError!, `module name must be str, not ${typeOf(name).$name}`);
  if (level < 0) raise(exc.ValueError!, 'level must be >= 0');
  if (level === 0 && name === '') raise(exc.ValueError!, 'Empty module name');
  const absName = level > 0 ? resolveRelative(name, g, level) : name;
  const m = importAbsolute(absName);
  if (fromlist === null || fromlist === undefined || fromlist.length === 0) {
    if (level === 0) {
      const dot = name.indexOf('.');
      return dot < 0 ? m : importAbsolute(name.slice(0, dot));
    }
    if (name === '') return m;
    // `from .. import` forms never reach here; `__import__('a.b', level=1)` returns `pkg.a`.
    const cut = name.length - name.split('.')[0]!.length;
    return importAbsolute(absName.slice(0, absName.length - cut));
  }
  if (m instanceof PyModule && m.$d.__path__ !== undefined) handleFromlist(m, fromlist);
  return m;
}

/** Import the submodules `from package import a, b` names that the package does not define. */
function handleFromlist(m: PyModule, fromlist: ArrayLike<unknown>, recursive = false): void {
  for (let i = 0; i < fromlist.length; i++) {
    const x = fromlist[i];
    if (typeof x !== 'string') {
      const where = recursive ? `${m.$d.__name__}.__all__` : "``from list''";
      raise(exc.TypeError!, `Item in ${where} must be str, not ${typeOf(x).$name}`);
    }
    if (x === '*') {
      const all = m.$d.__all__;
      if (!recursive && Array.isArray(all)) handleFromlist(m, all, true);
      continue;
    }
    if (m.$d[attrKey(x)] !== undefined) continue;
    const sub = `${m.$d.__name__}.${x}`;
    try {
      importAbsolute(sub);
    } catch (err) {
      // A submodule that does not exist is not an error here: importFrom reports the name.
      const isMissing = (err as { $cls?: PyType }).$cls === exc.ModuleNotFoundError && (err as { $x_name?: unknown }).$x_name === sub;
      if (!isMissing) throw err;
    }
  }
}

/** `from module import name`: the attribute, else the submodule, else CPython's ImportError. */
export function importFrom(module: unknown, name: string): unknown {
  if (module instanceof PyModule) {
    const v = module.$d[attrKey(name)];
    if (v !== undefined) return v;
  } else {
    try {
      return getattr(module, name);
    } catch (err) {
      if ((err as { $cls?: PyType }).$cls !== exc.AttributeError) throw err;
    }
  }
  const modName = module instanceof PyModule ? module.$d.__name__ : undefined;
  if (typeof modName === 'string') {
    const sub = sysModules.$get(`${modName}.${name}`);
    if (sub !== undefined) return sub;
  }
  const label = typeof modName === 'string' ? modName : '<unknown module name>';
  const file = module instanceof PyModule ? module.$d.__file__ : undefined;
  const where = typeof file === 'string' ? file : 'unknown location';
  const message = module instanceof PyModule && module.$initializing
    ? `cannot import name '${name}' from partially initialized module '${label}' (most likely due to a circular import) (${where})`
    : `cannot import name '${name}' from '${label}' (${where})`;
  const e = newException(exc.ImportError!, [message]);
  e.$x_msg = message;
  e.$x_name = typeof modName === 'string' ? modName : null;
  e.$x_path = typeof file === 'string' ? file : null;
  raiseException(e);
}

/** `from module import *` into the namespace `g`: `__all__`, else every public name. */
export function importStar(module: unknown, g: Namespace): void {
  if (!(module instanceof PyModule)) raise(exc.TypeError!, 'import * expects a module');
  const d = module.$d;
  const all = d.__all__;
  if (all !== undefined) {
    for (const n of all as Iterable<unknown>) {
      if (typeof n !== 'string') raise(exc.TypeError!, `Item in ${String(d.__name__)}.__all__ must be str, not ${typeOf(n).$name}`);
      g[attrKey(n)] = importFrom(module, n);
    }
    return;
  }
  for (const key of Object.keys(d)) {
    const n = keyName(key);
    if (n !== null && !n.startsWith('_')) g[key] = d[key];
  }
}
