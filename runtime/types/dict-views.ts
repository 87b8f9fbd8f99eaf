// dict_keys / dict_values / dict_items: live views of a dict, and the dict iterators.
import { raise, exc } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { newBuiltinType, objectType, typeOf, type PyType } from '../core/type.js';
import { tupleOf, PyTuple } from '../core/values.js';
import { pyEquals } from '../ops/compare.js';
import { repr } from '../ops/repr.js';
import { DONE, PyIter, defineIterType } from './iter.js';
import { NamespaceDict, PyDict } from './dict.js';
import { guardedRepr } from '../builtins/repr-guard.js';

/** What a dict iterator yields: keys, values or (key, value) tuples. */
export const enum ViewKind { Keys, Values, Items }

/** Iterates a dict, raising RuntimeError when the dict changes size meanwhile. */
export class DictIter extends PyIter {
  readonly $size: number;
  readonly $it: Iterator<[unknown, unknown]>;
  constructor(readonly $d: PyDict, readonly $kind: ViewKind) {
    super();
    this.$size = $d.$size;
    // A namespace-backed dict keeps str keys outside its Map: iterate its entries instead.
    this.$it = $d instanceof NamespaceDict ? $d.$entryIter() : $d.$map.entries();
  }
  next(): IteratorResult<unknown> {
    const d = this.$d;
    if (d.$size !== this.$size) raise(exc.RuntimeError!, 'dictionary changed size during iteration');
    const r = this.$it.next();
    if (r.done) return DONE;
    const [p, v] = r.value;
    switch (this.$kind) {
      case ViewKind.Keys: return { done: false, value: d.$keys === null ? p : d.$origKey(p) };
      case ViewKind.Values: return { done: false, value: v };
      default: return { done: false, value: tupleOf(d.$keys === null ? p : d.$origKey(p), v) };
    }
  }
}
export const dictKeyIterType = defineIterType('dict_keyiterator', DictIter);
class DictValueIter extends DictIter {}
class DictItemIter extends DictIter {}
defineIterType('dict_valueiterator', DictValueIter);
defineIterType('dict_itemiterator', DictItemIter);
const iterClasses = [DictIter, DictValueIter, DictItemIter];

/** Iterator from the last entry to the first (over a snapshot of the entries). */
export class DictReverseIter extends PyIter {
  readonly $items: [unknown, unknown][];
  $i: number;
  constructor(d: PyDict, readonly $kind: ViewKind) {
    super();
    this.$items = [...d.$entryIter()];
    this.$i = this.$items.length - 1;
  }
  next(): IteratorResult<unknown> {
    if (this.$i < 0) return DONE;
    const [k, v] = this.$items[this.$i--]!;
    return { done: false, value: this.$kind === ViewKind.Keys ? k : this.$kind === ViewKind.Values ? v : tupleOf(k, v) };
  }
}
export const dictReverseIterType = defineIterType('dict_reversekeyiterator', DictReverseIter);
class DictReverseValueIter extends DictReverseIter {}
class DictReverseItemIter extends DictReverseIter {}
defineIterType('dict_reversevalueiterator', DictReverseValueIter);
defineIterType('dict_reverseitemiterator', DictReverseItemIter);
const reverseClasses = [DictReverseIter, DictReverseValueIter, DictReverseItemIter];

/** The reversed() iterator of a dict or one of its views. */
export function dictReverseIter(d: PyDict, kind: ViewKind): PyIter {
  return new reverseClasses[kind]!(d, kind);
}

/** The iterator of a dict or one of its views (dict_keyiterator, dict_valueiterator, ...). */
export function dictIter(d: PyDict, kind: ViewKind): PyIter {
  return new iterClasses[kind]!(d, kind);
}

export class DictView {
  constructor(readonly $d: PyDict, readonly $kind: ViewKind) {}
}
export const dictKeysType: PyType = newBuiltinType('dict_keys', objectType, 'builtins', DictView as unknown as new () => any);
export const dictValuesType: PyType = newBuiltinType('dict_values', objectType, 'builtins', class extends DictView {} as unknown as new () => any);
export const dictItemsType: PyType = newBuiltinType('dict_items', objectType, 'builtins', class extends DictView {} as unknown as new () => any);
const viewTypes = [dictKeysType, dictValuesType, dictItemsType];

export function dictView(d: PyDict, kind: ViewKind): DictView {
  return new (viewTypes[kind]!.$ctor as unknown as new (d: PyDict, k: ViewKind) => DictView)(d, kind);
}

/** Does the keys/items view contain `v`? */
function viewContains(view: DictView, v: unknown): boolean {
  const d = view.$d;
  if (view.$kind === ViewKind.Keys) return d.$has(v);
  if (view.$kind === ViewKind.Items) {
    if (!(v instanceof PyTuple) || v.length !== 2) return false;
    const got = d.$get(v[0]);
    return got !== undefined && (got === v[1] || pyEquals(got, v[1]));
  }
  for (const x of d.$valueIter()) if (x === v || pyEquals(x, v)) return true;
  return false;
}

function viewRepr(view: DictView): string {
  const name = typeOf(view).$name;
  return guardedRepr(view, '...', () => {
    const parts: string[] = [];
    for (const x of dictIter(view.$d, view.$kind)) parts.push(repr(x));
    return `${name}([${parts.join(', ')}])`;
  });
}

for (const t of viewTypes) {
  defineMethods(t, {
    '__len__(self, /)': (v: DictView) => v.$d.$size,
    '__iter__(self, /)': (v: DictView) => dictIter(v.$d, v.$kind),
    '__reversed__(self, /)': (v: DictView) => dictReverseIter(v.$d, v.$kind),
    '__contains__(self, key, /)': viewContains,
    '__repr__(self, /)': viewRepr,
  });
}
