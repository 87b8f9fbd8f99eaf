// "Did you mean: 'x'?" for an uncaught NameError or AttributeError, as CPython 3.11 adds it to
// the last line of the traceback: the closest name by a case-aware edit distance.
import { exc, type PyBaseExceptionObject } from '../core/exceptions.js';
import { builtins } from '../core/builtins-registry.js';
import { keyName, type Namespace } from '../core/namespace.js';
import { callMethod } from '../core/call.js';
import { PyModule, sysModules } from './modules.js';
import { pythonFrames } from './traceback.js';

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_NAME = 40;
const MAX_CANDIDATES = 750;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
  return lower(a) === lower(b) ? CASE_COST : MOVE_COST;
}

/** The edit distance of `a` and `b` (moves cost 2, case changes 1), or `max + 1` once it is
 *  certain to exceed `max`. */
function distance(a: string, b: string, max: number): number {
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && a[start] === b[start]) start++;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  let s = a.slice(start, endA);
  let t = b.slice(start, endB);
  if (s.length === 0 || t.length === 0) return (s.length + t.length) * MOVE_COST;
  if (s.length > MAX_NAME || t.length > MAX_NAME) return max + 1;
  if (t.length < s.length) [s, t] = [t, s];
  if ((t.length - s.length) * MOVE_COST > max) return max + 1;
  const row: number[] = [];
  for (let i = 0; i < s.length; i++) row.push((i + 1) * MOVE_COST);
  let result = 0;
  for (let j = 0; j < t.length; j++) {
    const code = t.charCodeAt(j);
    let diagonal = j * MOVE_COST;
    result = diagonal;
    let minimum = Infinity;
    for (let i = 0; i < s.length; i++) {
      const substitute = diagonal + substitutionCost(code, s.charCodeAt(i));
      diagonal = row[i]!;
      result = Math.min(Math.min(result, diagonal) + MOVE_COST, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max) return max + 1;
  }
  return result;
}

/** The candidate closest to `name`, or null when none is close enough. */
export function closestName(name: string, candidates: string[]): string | null {
  if (candidates.length >= MAX_CANDIDATES) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === name) continue;
    const max = Math.min(Math.floor((name.length + c.length + 3) * MOVE_COST / 6), bestDistance - 1);
    const d = distance(name, c, max);
    if (d > max) continue;
    if (best === null || d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function namesOf(ns: Namespace): string[] {
  const out: string[] = [];
  for (const key of Object.keys(ns)) {
    const n = keyName(key);
    if (n !== null && ns[key] !== undefined) out.push(n);
  }
  return out;
}

/** The globals of the module whose code raised `e` (its innermost Python frame). */
function raisingGlobals(e: PyBaseExceptionObject): Namespace | null {
  const frames = pythonFrames(e);
  const file = frames[frames.length - 1]?.file;
  if (file === undefined) return null;
  for (const [, m] of sysModules.$entryIter()) {
    if (m instanceof PyModule && m.$d.__file__ === file) return m.$d;
  }
  return null;
}

/** The text CPython appends to the last traceback line of `e` (". Did you mean: 'x'?"), or ''. */
export function suggestionFor(e: PyBaseExceptionObject): string {
  const fields = e as unknown as { $x_name?: unknown; $x_obj?: unknown; $args: ArrayLike<unknown> };
  let suggestion: string | null = null;
  try {
    if (e.$cls.$mro.includes(exc.NameError!)) {
      const name = typeof fields.$x_name === 'string' ? fields.$x_name : /^name '(.+)' is not defined$/.exec(String(fields.$args[0]))?.[1];
      if (name === undefined) return '';
      const g = raisingGlobals(e);
      suggestion = (g !== null ? closestName(name, namesOf(g)) : null) ?? closestName(name, namesOf(builtins));
    } else if (e.$cls.$mro.includes(exc.AttributeError!) && typeof fields.$x_name === 'string' && fields.$x_obj !== undefined && fields.$x_obj !== null) {
      const names = callMethod(fields.$x_obj, '__dir__') as Iterable<unknown>;
      suggestion = closestName(fields.$x_name, [...names].filter((n): n is string => typeof n === 'string'));
    }
  } catch {
    return '';
  }
  return suggestion === null ? '' : `. Did you mean: '${suggestion}'?`;
}
