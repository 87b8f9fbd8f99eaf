// The itertools module: each tool is an iterator class over a JS generator of its items.
import { raise, exc } from '../core/exceptions.js';
import { builtinFunction, defineMethods } from '../core/function.js';
import { newClassMethod } from '../core/descriptors.js';
import { typeChanged, typeOf, type PyType } from '../core/type.js';
import { tupleFrom, tupleOf, PyTuple } from '../core/values.js';
import { call } from '../core/call.js';
import { add } from '../ops/binary.js';
import { repr } from '../ops/repr.js';
import { truthy } from '../ops/truthy.js';
import { pyEquals } from '../ops/compare.js';
import { registerBuiltinModule } from '../system/modules.js';
import { DONE, PyIter, defineIterType, iter, toArray } from '../types/iter.js';
import { indexValue } from '../types/slice-index.js';

/** An itertools iterator: the items of a JS iterator. */
class ToolIter extends PyIter {
  constructor(readonly $it: Iterator<unknown>) { super(); }
  next(): IteratorResult<unknown> {
    const r = this.$it.next();
    return r.done ? DONE : r;
  }
}

const tools: PyType[] = [];

/** Define tool `name` taking `params` (a signature's parameter list) and making its items. */
function tool(name: string, params: string, make: (...args: any[]) => Iterator<unknown>): PyType {
  const ctor = class extends ToolIter {};
  const t = defineIterType(name, ctor);
  t.$module = 'itertools';
  t.$qualname = name;
  defineMethods(t, {
    [`__new__(cls, ${params})`]: (cls: PyType, ...args: unknown[]) => {
      const o = new ctor(make(...args));
      if (cls !== t) Object.setPrototypeOf(o, cls.$ctor.prototype);
      return o;
    },
  });
  tools.push(t);
  return t;
}

function callFn(f: unknown, ...args: unknown[]): unknown {
  return typeof f === 'function' ? f(...args) : call(f, ...args);
}

/** A non-negative count argument (`r`, `times`), with CPython's errors. */
function countArg(v: unknown, what: string): number {
  const i = indexValue(v);
  if (i === null) return raise(exc.TypeError!, `'${typeOf(v).$name}' object cannot be interpreted as an integer`);
  const n = Number(i);
  if (n < 0) raise(exc.ValueError!, `${what} must be non-negative`);
  return n;
}

/** count(start=0, step=1): keeps its state on the iterator for its repr. */
class CountIter extends PyIter {
  constructor(public $n: unknown, readonly $step: unknown) { super(); }
  next(): IteratorResult<unknown> {
    const v = this.$n;
    const step = this.$step;
    this.$n = Number.isSafeInteger(v) && Number.isSafeInteger(step) && Number.isSafeInteger((v as number) + (step as number)) ? (v as number) + (step as number) : add(v, step);
    return { done: false, value: v };
  }
}
const countType = defineIterType('count', CountIter);
countType.$module = 'itertools';
defineMethods(countType, {
  '__new__(cls, start=0, step=1)': (_cls: PyType, start?: unknown, step?: unknown) => new CountIter(start ?? 0, step ?? 1),
  '__repr__(self, /)': (c: CountIter) => (c.$step === 1 ? `count(${repr(c.$n)})` : `count(${repr(c.$n)}, ${repr(c.$step)})`),
});
tools.push(countType);

/** repeat(object[, times]). */
class RepeatIter extends PyIter {
  constructor(readonly $v: unknown, public $left: number) { super(); }
  next(): IteratorResult<unknown> {
    if (this.$left === 0) return DONE;
    if (this.$left > 0) this.$left--;
    return { done: false, value: this.$v };
  }
}
const repeatType = defineIterType('repeat', RepeatIter);
repeatType.$module = 'itertools';
defineMethods(repeatType, {
  '__new__(cls, object, times=None)': (_cls: PyType, v: unknown, times?: unknown) =>
    new RepeatIter(v, times === undefined || times === null ? -1 : Math.max(0, Number(indexValue(times) ?? 0))),
  '__repr__(self, /)': (r: RepeatIter) => (r.$left < 0 ? `repeat(${repr(r.$v)})` : `repeat(${repr(r.$v)}, ${r.$left})`),
  '__length_hint__(self, /)': (r: RepeatIter) => Math.max(0, r.$left),
});
tools.push(repeatType);

tool('cycle', 'iterable, /', function* (it: unknown) {
  const saved: unknown[] = [];
  for (const v of iter(it) as unknown as Iterable<unknown>) { saved.push(v); yield v; }
  if (saved.length === 0) return;
  for (;;) yield* saved;
});

tool('accumulate', 'iterable, func=None, *, initial=None', function* (it: unknown, func?: unknown, initial?: unknown) {
  let acc: unknown = initial ?? undefined;
  if (acc !== undefined) yield acc;
  for (const v of iter(it) as unknown as Iterable<unknown>) {
    acc = acc === undefined ? v : func === undefined || func === null ? add(acc, v) : callFn(func, acc, v);
    yield acc;
  }
});

const chainType = tool('chain', '*iterables', function* (its: unknown[]) {
  for (const it of its) yield* iter(it) as unknown as Iterable<unknown>;
});
chainType.$dict.from_iterable = newClassMethod(builtinFunction('from_iterable(cls, iterable, /)',
  (_cls: PyType, its: unknown) => new (chainType.$ctor as unknown as new (it: Iterator<unknown>) => ToolIter)((function* () {
    for (const it of iter(its) as unknown as Iterable<unknown>) yield* iter(it) as unknown as Iterable<unknown>;
  })()), 'chain.from_iterable'));
typeChanged(chainType);

tool('compress', 'data, selectors', function* (data: unknown, sel: unknown) {
  const d = iter(data), s = iter(sel);
  for (;;) {
    const a = d.next(), b = s.next();
    if (a.done || b.done) return;
    if (truthy(b.value)) yield a.value;
  }
});

tool('dropwhile', 'predicate, iterable, /', function* (pred: unknown, it: unknown) {
  let dropping = true;
  for (const v of iter(it) as unknown as Iterable<unknown>) {
    if (dropping && truthy(callFn(pred, v))) continue;
    dropping = false;
    yield v;
  }
});

tool('takewhile', 'predicate, iterable, /', function* (pred: unknown, it: unknown) {
  for (const v of iter(it) as unknown as Iterable<unknown>) {
    if (!truthy(callFn(pred, v))) return;
    yield v;
  }
});

tool('filterfalse', 'function, iterable, /', function* (pred: unknown, it: unknown) {
  for (const v of iter(it) as unknown as Iterable<unknown>) {
    if (!truthy(pred === null ? v : callFn(pred, v))) yield v;
  }
});

tool('starmap', 'function, iterable, /', function* (f: unknown, it: unknown) {
  for (const args of iter(it) as unknown as Iterable<unknown>) yield call(f, ...toArray(args));
});

tool('pairwise', 'iterable, /', function* (it: unknown) {
  const i = iter(it);
  let prev = i.next();
  if (prev.done) return;
  for (let cur = i.next(); !cur.done; cur = i.next()) {
    yield tupleOf(prev.value, cur.value);
    prev = cur;
  }
});

function isliceBound(v: unknown, what: string): number | null {
  if (v === null || v === undefined) return null;
  const i = indexValue(v);
  if (i === null || Number(i) < 0) {
    raise(exc.ValueError!, `${what} argument${what === 'Indices' ? 's' : ''} for islice() must be None or an integer: 0 <= x <= sys.maxsize.`.replace('Indices arguments', 'Indices'));
  }
  return Number(i);
}

tool('islice', 'iterable, *args', (it: unknown, args: unknown[]) => {
  if (args.length === 0 || args.length > 3) raise(exc.TypeError!, `islice expected at most 4 arguments, got ${args.length + 1}`);
  let start = 0, stop: number | null, step = 1;
  if (args.length === 1) stop = isliceBound(args[0], 'Stop');
  else {
    start = isliceBound(args[0], 'Indices') ?? 0;
    stop = isliceBound(args[1], 'Indices');
    if (args.length === 3) {
      step = isliceBound(args[2], 'Step') ?? 1;
      if (step === 0) raise(exc.ValueError!, 'Step for islice() must be a positive integer or None.');
    }
  }
  return isliceItems(iter(it), start, stop, step);
});

function* isliceItems(i: Iterator<unknown>, start: number, stop: number | null, step: number): Generator<unknown> {
  let next = start;
  for (let n = 0; stop === null || n < stop; n++) {
    const r = i.next();
    if (r.done) return;
    if (n === next) { yield r.value; next += step; }
  }
}

tool('zip_longest', '*iterables, fillvalue=None', function* (its: unknown[], fill?: unknown) {
  const fv = fill === undefined ? null : fill;
  const iters: (Iterator<unknown> | null)[] = its.map(iter);
  let active = iters.length;
  if (active === 0) return;
  for (;;) {
    const out = new PyTuple(iters.length);
    for (let k = 0; k < iters.length; k++) {
      const i = iters[k];
      if (i === null) { out[k] = fv; continue; }
      const r = i.next();
      if (r.done) {
        iters[k] = null;
        if (--active === 0) return;
        out[k] = fv;
      } else out[k] = r.value;
    }
    yield out;
  }
});

tool('product', '*iterables, repeat=1', (its: unknown[], repeat?: unknown) => {
  const times = repeat === undefined ? 1 : countArg(repeat, 'repeat argument');
  const base = its.map(toArray);
  const pools: unknown[][] = [];
  for (let r = 0; r < times; r++) pools.push(...base);
  return productItems(pools);
});

function* productItems(pools: unknown[][]): Generator<unknown> {
  if (pools.some((p) => p.length === 0)) return;
  const idx = new Array<number>(pools.length).fill(0);
  for (;;) {
    yield tupleFrom(idx.map((j, k) => pools[k]![j]));
    let k = pools.length - 1;
    while (k >= 0 && ++idx[k]! === pools[k]!.length) { idx[k] = 0; k--; }
    if (k < 0) return;
  }
}

tool('permutations', 'iterable, r=None', (it: unknown, rArg?: unknown) => {
  const pool = toArray(it);
  return permutationItems(pool, rArg === undefined || rArg === null ? pool.length : countArg(rArg, 'r'));
});

function* permutationItems(pool: unknown[], r: number): Generator<unknown> {
  const n = pool.length;
  if (r > n) return;
  const indices = Array.from({ length: n }, (_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  yield tupleFrom(indices.slice(0, r).map((i) => pool[i]));
  if (n === 0) return;
  for (;;) {
    let i = r - 1;
    for (; i >= 0; i--) {
      cycles[i]!--;
      if (cycles[i] === 0) {
        indices.push(...indices.splice(i, 1));
        cycles[i] = n - i;
      } else {
        const j = n - cycles[i]!;
        [indices[i], indices[j]] = [indices[j]!, indices[i]!];
        yield tupleFrom(indices.slice(0, r).map((k) => pool[k]));
        break;
      }
    }
    if (i < 0) return;
  }
}

/** combinations and combinations_with_replacement: lexicographic index vectors. */
function* combos(pool: unknown[], r: number, replace: boolean): Generator<unknown> {
  const n = pool.length;
  if (!replace && r > n) return;
  if (replace && n === 0 && r > 0) return;
  const idx = replace ? new Array<number>(r).fill(0) : Array.from({ length: r }, (_, i) => i);
  for (;;) {
    yield tupleFrom(idx.map((i) => pool[i]));
    let i = r - 1;
    while (i >= 0 && idx[i] === (replace ? n - 1 : i + n - r)) i--;
    if (i < 0) return;
    idx[i]!++;
    for (let j = i + 1; j < r; j++) idx[j] = replace ? idx[i]! : idx[j - 1]! + 1;
  }
}
tool('combinations', 'iterable, r', (it: unknown, r: unknown) => combos(toArray(it), countArg(r, 'r'), false));
tool('combinations_with_replacement', 'iterable, r', (it: unknown, r: unknown) => combos(toArray(it), countArg(r, 'r'), true));

/** groupby: consecutive runs of equal keys; each group shares the underlying iterator. */
class GroupBy extends PyIter {
  $cur: IteratorResult<unknown> | null = null;
  $curKey: unknown = undefined;
  $tgtKey: unknown = undefined;
  $gen = 0;
  constructor(readonly $it: Iterator<unknown>, readonly $key: unknown) { super(); }
  $advance(): boolean {
    this.$cur = this.$it.next();
    if (this.$cur.done) return false;
    this.$curKey = this.$key === null ? this.$cur.value : callFn(this.$key, this.$cur.value);
    return true;
  }
  next(): IteratorResult<unknown> {
    this.$gen++;
    if (this.$cur === null && !this.$advance()) return DONE;
    while (this.$tgtKey !== undefined && !this.$cur!.done && (this.$curKey === this.$tgtKey || pyEquals(this.$curKey, this.$tgtKey))) {
      if (!this.$advance()) return DONE;
    }
    if (this.$cur!.done) return DONE;
    this.$tgtKey = this.$curKey;
    return { done: false, value: tupleOf(this.$curKey, new Grouper(this, this.$gen)) };
  }
}
class Grouper extends PyIter {
  constructor(readonly $parent: GroupBy, readonly $gen: number) { super(); }
  next(): IteratorResult<unknown> {
    const p = this.$parent;
    if (p.$gen !== this.$gen || p.$cur === null || p.$cur.done) return DONE;
    if (!(p.$curKey === p.$tgtKey || pyEquals(p.$curKey, p.$tgtKey))) return DONE;
    const v = p.$cur.value;
    p.$advance();
    return { done: false, value: v };
  }
}
const groupbyType = defineIterType('groupby', GroupBy);
groupbyType.$module = 'itertools';
defineIterType('_grouper', Grouper).$module = 'itertools';
defineMethods(groupbyType, {
  '__new__(cls, iterable, key=None)': (_cls: PyType, it: unknown, key?: unknown) => new GroupBy(iter(it), key ?? null),
});
tools.push(groupbyType);

/** tee(iterable, n=2): n iterators over one shared buffer. */
function tee(it: unknown, nArg?: unknown): PyTuple {
  const n = nArg === undefined ? 2 : countArg(nArg, 'n');
  const source = iter(it);
  const buffer: unknown[] = [];
  const positions = new Array<number>(n).fill(0);
  let base = 0;
  const out = new PyTuple(n);
  for (let k = 0; k < n; k++) {
    out[k] = new ToolIter((function* () {
      for (;;) {
        const at = positions[k]! - base;
        if (at >= buffer.length) {
          const r = source.next();
          if (r.done) return;
          buffer.push(r.value);
        }
        const v = buffer[positions[k]! - base];
        positions[k]!++;
        const lowest = Math.min(...positions);
        if (lowest > base) { buffer.splice(0, lowest - base); base = lowest; }
        yield v;
      }
    })());
  }
  return out;
}

registerBuiltinModule('itertools', (m) => {
  for (const t of tools) m.$d[t.$name] = t;
  m.$d.tee = builtinFunction('tee(iterable, n=2, /)', tee);
});
