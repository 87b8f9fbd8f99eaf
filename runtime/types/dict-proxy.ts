// mappingproxy: a read-only view of a mapping (dict views' `.mapping`, a class's `__dict__`).
import { raise, exc } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { defineGetSet } from '../core/descriptors.js';
import { newBuiltinType, objectType, typeOf, type PyType } from '../core/type.js';
import { callMethod } from '../core/call.js';
import { eq } from '../ops/compare.js';
import { repr, str } from '../ops/repr.js';
import { PyDict } from './dict.js';
import { dictCopy, dictSubscript } from './dict-methods.js';
import { DictView, dictItemsType, dictKeysType, dictValuesType } from './dict-views.js';
import { iter } from './iter.js';

/** A read-only view of `$m` (a dict, or any mapping). */
export class PyMappingProxy {
  constructor(readonly $m: unknown) {}
}
export const mappingProxyType: PyType = newBuiltinType('mappingproxy', objectType, 'builtins', PyMappingProxy as unknown as new () => any);

/** The mappingproxy over `m`. */
export function mappingProxy(m: unknown): PyMappingProxy {
  return new PyMappingProxy(m);
}

function target(p: PyMappingProxy): unknown {
  return p.$m;
}

defineMethods(mappingProxyType, {
  '__new__(cls, mapping, /)': (_cls: PyType, m: unknown) => {
    if (!(m instanceof PyDict) && typeOf(m).$dict.keys === undefined) {
      raise(exc.TypeError!, `mappingproxy() argument must be a mapping, not ${typeOf(m).$name}`);
    }
    return new PyMappingProxy(m);
  },
  '__getitem__(self, key, /)': (p: PyMappingProxy, k: unknown) => {
    const m = target(p);
    return m instanceof PyDict ? dictSubscript(m, k) : callMethod(m, '__getitem__', k);
  },
  'get(self, key, default=None, /)': (p: PyMappingProxy, k: unknown, d?: unknown) => callMethod(target(p), 'get', k, d === undefined ? null : d),
  'keys(self, /)': (p: PyMappingProxy) => callMethod(target(p), 'keys'),
  'values(self, /)': (p: PyMappingProxy) => callMethod(target(p), 'values'),
  'items(self, /)': (p: PyMappingProxy) => callMethod(target(p), 'items'),
  'copy(self, /)': (p: PyMappingProxy) => (p.$m instanceof PyDict ? dictCopy(p.$m) : callMethod(p.$m, 'copy')),
  '__len__(self, /)': (p: PyMappingProxy) => (p.$m instanceof PyDict ? p.$m.$size : callMethod(p.$m, '__len__')),
  '__contains__(self, key, /)': (p: PyMappingProxy, k: unknown) => (p.$m instanceof PyDict ? p.$m.$has(k) : callMethod(p.$m, '__contains__', k)),
  '__iter__(self, /)': (p: PyMappingProxy) => iter(p.$m),
  '__repr__(self, /)': (p: PyMappingProxy) => `mappingproxy(${repr(p.$m)})`,
  '__str__(self, /)': (p: PyMappingProxy) => str(p.$m),
  '__eq__(self, value, /)': (p: PyMappingProxy, o: unknown) => eq(p.$m, o instanceof PyMappingProxy ? o.$m : o),
  '__or__(self, value, /)': (p: PyMappingProxy, o: unknown) => {
    const out = p.$m instanceof PyDict ? dictCopy(p.$m) : callMethod(p.$m, 'copy');
    return callMethod(out, '__ior__', o instanceof PyMappingProxy ? o.$m : o);
  },
});

for (const t of [dictKeysType, dictValuesType, dictItemsType]) {
  defineGetSet(t, 'mapping', (v: DictView) => new PyMappingProxy(v.$d));
}
