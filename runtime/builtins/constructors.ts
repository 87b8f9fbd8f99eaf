// The container classes as callables: list(), tuple(), dict(), range(), slice(), ... (their
// __new__/__init__), registered as builtins.
import { raise, exc } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { registerBuiltin } from '../core/builtins-registry.js';
import { listType, tupleType, typeChanged, type PyType } from '../core/type.js';
import { PyTuple } from '../core/values.js';
import { toArray } from '../types/iter.js';
import { dictType, PyDict } from '../types/dict.js';
import { dictUpdate } from '../types/dict-methods.js';
import { makeRange, rangeType } from '../types/range.js';
import { makeSlice, sliceType } from '../types/slice.js';
import { enumerateType, filterType, mapType, reversedType, zipType } from '../types/iter-tools.js';

/** A new instance of builtin class `base` or of its subclass `cls`. */
function instanceOf<T>(cls: PyType, base: PyType, exact: () => T): T {
  return cls === base ? exact() : new cls.$ctor() as T;
}

defineMethods(listType, {
  '__new__(cls, *args, **kwargs)': (cls: PyType) => instanceOf(cls, listType, () => []),
  '__init__(self, iterable=None, /)': (a: unknown[], it?: unknown) => {
    const items = it === undefined ? [] : toArray(it);
    a.length = 0;
    for (let i = 0; i < items.length; i++) a.push(items[i]);
    return null;
  },
});

defineMethods(tupleType, {
  '__new__(cls, iterable=None, /)': (cls: PyType, it?: unknown) => {
    if (cls === tupleType && (it as { $cls?: PyType } | null)?.$cls === tupleType) return it;
    const items = it === undefined ? [] : toArray(it);
    const t = cls === tupleType ? new PyTuple(items.length) : new cls.$ctor() as PyTuple;
    for (let i = 0; i < items.length; i++) t[i] = items[i];
    return t;
  },
});

defineMethods(dictType, {
  '__new__(cls, *args, **kwargs)': (cls: PyType) => instanceOf(cls, dictType, () => new PyDict()),
  '__init__(self, *args, **kwargs)': (d: PyDict, args: unknown[], kwargs: PyDict) => {
    if (args.length > 1) raise(exc.TypeError!, `dict expected at most 1 argument, got ${args.length}`);
    dictUpdate(d, args.length ? args[0] : undefined, kwargs);
    return null;
  },
});

defineMethods(rangeType, {
  '__new__(cls, start, stop=None, step=None, /)': (_cls: PyType, a: unknown, b?: unknown, c?: unknown) => makeRange(a, b, c),
});
defineMethods(sliceType, {
  '__new__(cls, start, stop=None, step=None, /)': (_cls: PyType, a: unknown, b?: unknown, c?: unknown) => makeSlice(a, b, c),
});

for (const t of [listType, tupleType, dictType, rangeType, sliceType, enumerateType, zipType, mapType, filterType, reversedType]) {
  registerBuiltin(t.$name, t);
}
for (const t of [listType, dictType, sliceType]) {
  t.$dict.__hash__ = null;
  typeChanged(t);
}
