// Name lookups the compiled code falls back to: globals then builtins, class bodies, and the
// NameError / UnboundLocalError texts for unbound names.
import { raise, exc } from './exceptions.js';
import { attrKey, type Namespace } from './namespace.js';
import { builtins } from './builtins-registry.js';
import { nsGet } from './class-builder.js';

/** A global that is not in `$g`: builtins, else NameError. */
export function loadGlobal(g: Namespace, name: string): unknown {
  const key = attrKey(name);
  const v = g[key];
  if (v !== undefined) return v;
  const b = builtins[key];
  if (b !== undefined) return b;
  return raise(exc.NameError!, `name '${name}' is not defined`);
}

/** A name read in a class body: the class namespace, then globals, then builtins. */
export function loadClassName(ns: unknown, g: Namespace, name: string): unknown {
  const v = nsGet(ns, name);
  return v !== undefined ? v : loadGlobal(g, name);
}

export function unboundLocal(name: string): never {
  return raise(exc.UnboundLocalError!, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function unboundFree(name: string): never {
  return raise(exc.NameError!, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

/** `del x` on a global. */
export function delGlobal(g: Namespace, name: string): void {
  const key = attrKey(name);
  if (g[key] === undefined) raise(exc.NameError!, `name '${name}' is not defined`);
  delete g[key];
}
