// Symbol flags and private-name mangling, with the meanings CPython's symtable gives them.

/** `global x` in this scope (also set on the module's entry for every `global x` anywhere). */
export const DEF_GLOBAL = 1;
/** Bound by an assignment-like statement in this scope. */
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
/** `nonlocal x` in this scope (also the comprehension side of a walrus target). */
export const DEF_NONLOCAL = 8;
/** Read in this scope. */
export const USE = 16;
/** A class-scope name that is also free in a method: methods see the enclosing binding. */
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
/** A comprehension iteration variable (walrus may not rebind it). */
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/**
 * CPython's private name mangling: inside `class C`, `__x` becomes `_C__x` unless it ends with `__`,
 * contains a dot, or the class name is all underscores.
 */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  let start = 0;
  while (start < privateName.length && privateName[start] === '_') start++;
  if (start === privateName.length) return name;
  return `_${privateName.slice(start)}${name}`;
}
