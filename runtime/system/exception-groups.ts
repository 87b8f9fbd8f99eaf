// BaseExceptionGroup / ExceptionGroup (message, exceptions, split, subgroup, derive) and the
// helpers behind `except*`: match a group clause by clause, then re-raise what is left.
import { exc, isPyException, newException, raise, type PyBaseExceptionObject } from '../core/exceptions.js';
import { defineMethods } from '../core/function.js';
import { defineGetSet } from '../core/descriptors.js';
import { PyType, typeOf } from '../core/type.js';
import { PyTuple, tupleFrom } from '../core/values.js';
import { call, callMethod } from '../core/call.js';
import { truthy } from '../ops/truthy.js';
import { str } from '../ops/repr.js';
import { toPyException } from './handling.js';
import { instanceNamespace } from '../core/attributes.js';

type PyExc = PyBaseExceptionObject & Record<string, unknown>;
interface Group extends PyBaseExceptionObject { $x_message: string; $x_exceptions: PyTuple<PyExc> }

const BaseExceptionGroup = exc.BaseExceptionGroup!;
const ExceptionGroup = exc.ExceptionGroup!;
const Exception = exc.Exception!;

/** Is `v` an exception group? */
export function isGroup(v: unknown): v is Group {
  return isPyException(v) && v.$cls.$mro.includes(BaseExceptionGroup);
}

defineMethods(BaseExceptionGroup, {
  '__new__(cls, *args, **kwargs)': (cls: PyType, args: PyTuple) => {
    if (args.length !== 2) raise(exc.TypeError!, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
    const [message, excs] = args as unknown as [unknown, unknown];
    if (typeof message !== 'string') raise(exc.TypeError!, `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(message).$name}`);
    if (!Array.isArray(excs)) raise(exc.TypeError!, 'second argument (exceptions) must be a sequence');
    if (excs.length === 0) raise(exc.ValueError!, 'second argument (exceptions) must be a non-empty sequence');
    let allExceptions = true;
    excs.forEach((e, i) => {
      if (!isPyException(e)) raise(exc.ValueError!, `Item ${i} of second argument (exceptions) is not an exception`);
      if (!e.$cls.$mro.includes(Exception)) allExceptions = false;
    });
    let t = cls;
    if (cls === BaseExceptionGroup) {
      if (allExceptions) t = ExceptionGroup;
    } else if (!allExceptions && cls.$mro.includes(Exception)) {
      raise(exc.TypeError!, `Cannot nest BaseExceptions in ${cls === ExceptionGroup ? 'an ExceptionGroup' : `'${cls.$name}'`}`);
    }
    const g = new t.$ctor() as Group;
    g.$args = tupleFrom([message, excs]);
    g.$x_message = message;
    g.$x_exceptions = tupleFrom(excs) as PyTuple<PyExc>;
    return g;
  },
  '__init__(self, *args, **kwargs)': () => null,
  '__str__(self)': (self: Group) => {
    const n = self.$x_exceptions.length;
    return `${self.$x_message} (${n} sub-exception${n === 1 ? '' : 's'})`;
  },
  'derive(self, excs, /)': (self: Group, excs: unknown) => call(BaseExceptionGroup, self.$x_message, excs),
  'split(self, condition, /)': (self: Group, cond: unknown) => {
    const [m, r] = splitGroup(self, matcher(cond));
    return tupleFrom([m, r]);
  },
  'subgroup(self, condition, /)': (self: Group, cond: unknown) => splitGroup(self, matcher(cond))[0],
});
defineGetSet(BaseExceptionGroup, 'message', (g: Group) => g.$x_message);
defineGetSet(BaseExceptionGroup, 'exceptions', (g: Group) => g.$x_exceptions);

/** A leaf test from split()'s condition: a class, a tuple of classes, or a predicate. */
function matcher(cond: unknown): (e: PyExc) => boolean {
  if (cond instanceof PyType && cond.$mro.includes(exc.BaseException!)) return (e) => e.$cls.$mro.includes(cond);
  if (cond instanceof PyTuple && cond.every((c) => c instanceof PyType)) {
    return (e) => cond.some((c) => e.$cls.$mro.includes(c as PyType));
  }
  if (typeof cond === 'function' || (cond !== null && typeof cond === 'object' && !(cond instanceof PyTuple))) {
    return (e) => truthy(call(cond, e));
  }
  return raise(exc.TypeError!, 'expected a function, exception type or tuple of exception types');
}

/** A group like `g` with other exceptions, keeping its cause, context, traceback and notes. */
function derive(g: Group, excs: PyExc[]): Group {
  const d = callMethod(g, 'derive', excs) as Group;
  if (!isGroup(d)) raise(exc.TypeError!, 'derive must return an instance of BaseExceptionGroup');
  d.$cause = g.$cause;
  d.$context = g.$context;
  d.$traceback = g.$traceback;
  d.$stack = g.$stack;
  const notes = instanceNamespace(g, g.$cls)?.__notes__;
  if (notes !== undefined) instanceNamespace(d, d.$cls)!.__notes__ = notes;
  return d;
}

/** (matching part, rest) of group `g` under leaf test `test`, each null when empty. */
function splitGroup(g: Group, test: (e: PyExc) => boolean): [Group | null, Group | null] {
  if (test(g as unknown as PyExc)) return [g, null];
  const match: PyExc[] = [];
  const rest: PyExc[] = [];
  for (const e of g.$x_exceptions) {
    if (isGroup(e)) {
      const [m, r] = splitGroup(e, test);
      if (m !== null) match.push(m as unknown as PyExc);
      if (r !== null) rest.push(r as unknown as PyExc);
    } else if (test(e)) {
      match.push(e);
    } else {
      rest.push(e);
    }
  }
  return [match.length > 0 ? derive(g, match) : null, rest.length > 0 ? derive(g, rest) : null];
}

function leaves(e: PyExc, into: Set<PyExc>): Set<PyExc> {
  if (isGroup(e)) for (const x of e.$x_exceptions) leaves(x, into);
  else into.add(e);
  return into;
}

/** The state of one `try ... except*` while its clauses run. */
export interface ExcStarState {
  orig: PyExc;
  /** What no clause has matched yet: a group, or the naked exception; null when all matched. */
  rest: PyExc | null;
  /** Exceptions the clauses raised (including re-raises). */
  raised: PyExc[];
}

/** Start matching exception `e` against `except*` clauses. */
export function excStarBegin(e: PyExc): ExcStarState {
  return { orig: e, rest: e, raised: [] };
}

/** The group clause `except* E` handles (removing it from what is left), or null. */
export function excStarMatch(state: ExcStarState, E: unknown): Group | null {
  const rest = state.rest;
  if (rest === null) return null;
  const isClass = (c: unknown) => c instanceof PyType && c.$mro.includes(exc.BaseException!);
  const classes = E instanceof PyTuple ? [...E] : [E];
  for (const c of classes) {
    if (!isClass(c)) raise(exc.TypeError!, 'catching classes that do not inherit from BaseException is not allowed');
    if ((c as PyType).$mro.includes(BaseExceptionGroup)) raise(exc.TypeError!, 'catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
  const test = matcher(E);
  if (!isGroup(rest)) {
    if (!test(rest)) return null;
    state.rest = null;
    // A naked exception is handled as a group of one, as CPython wraps it.
    const wrapped = tupleFrom([rest]) as PyTuple<PyExc>;
    const g = newException(ExceptionGroup, ['', wrapped]) as Group;
    g.$x_message = '';
    g.$x_exceptions = wrapped;
    return g;
  }
  const [m, r] = splitGroup(rest, test);
  state.rest = r as PyExc | null;
  return m;
}

/** Record an exception a clause's body raised (a JS error is converted first). */
export function excStarRaised(state: ExcStarState, err: unknown): void {
  state.raised.push(toPyException(err) as PyExc);
}

/** What the `try ... except*` re-raises when the clauses are done, or null: CPython's rule that
 *  re-raised parts keep the original group's shape and new exceptions join them in a new group. */
export function excStarEnd(state: ExcStarState): PyExc | null {
  const items = state.rest === null ? state.raised : [...state.raised, state.rest];
  if (items.length === 0) return null;
  const orig = state.orig;
  if (!isGroup(orig)) return items[0]!;
  const origLeaves = leaves(orig, new Set());
  const reraisedLeaves = new Set<PyExc>();
  const raisedNew: PyExc[] = [];
  for (const e of items) {
    const ls = leaves(e, new Set());
    if ([...ls].every((l) => origLeaves.has(l))) for (const l of ls) reraisedLeaves.add(l);
    else raisedNew.push(e);
  }
  const reraised = reraisedLeaves.size > 0 ? splitGroup(orig, (e) => reraisedLeaves.has(e))[0] : null;
  if (raisedNew.length === 0) return reraised as PyExc | null;
  if (reraised !== null) raisedNew.push(reraised as unknown as PyExc);
  if (raisedNew.length === 1) return raisedNew[0]!;
  return call(BaseExceptionGroup, '', raisedNew) as PyExc;
}

/** The group's sub-exceptions, for the traceback printer. */
export function groupParts(g: PyBaseExceptionObject): { message: string; exceptions: PyExc[] } | null {
  if (!isGroup(g)) return null;
  return { message: str(g.$x_message), exceptions: [...g.$x_exceptions] };
}
