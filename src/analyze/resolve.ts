// Second pass: decide for every name whether it is local, cell, free or global (CPython's analyze_block).
import type { ScopeEntry } from './entry.js';
import { DEF_BOUND, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL } from './flags.js';
import { MSG, raiseSyntaxError } from './messages.js';

/** Resolves the whole tree from the module entry; throws the nonlocal SyntaxErrors. */
export function resolveScopes(top: ScopeEntry, filename: string): void {
  new Resolver(filename).block(top, null, new Set(), new Set());
}

class Resolver {
  constructor(private readonly filename: string) {}

  /**
   * `bound`: names bound by enclosing function scopes (null at module level); `free`: collects this
   * block's free names for the parent; `global`: names known to be global. The sets are this block's
   * own copies and may be modified.
   */
  block(entry: ScopeEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
    const local = new Set<string>();
    const newGlobal = new Set<string>();
    const newBound = new Set<string>();
    const newFree = new Set<string>();
    const isClass = entry.blockType === 'class';

    // A class's own names are invisible to its methods, so what they see is fixed before the class's names.
    if (isClass) {
      addAll(newGlobal, global);
      if (bound) addAll(newBound, bound);
    }
    for (const [name, flags] of entry.flags) this.name(entry, name, flags, bound, local, free, global);
    if (!isClass) {
      if (entry.blockType === 'function') addAll(newBound, local);
      if (bound) addAll(newBound, bound);
      addAll(newGlobal, global);
    } else {
      newBound.add('__class__');
    }

    const allFree = new Set<string>();
    for (const child of entry.children) {
      const childFree = new Set(newFree);
      this.block(child, new Set(newBound), childFree, new Set(newGlobal));
      addAll(allFree, childFree);
    }
    addAll(newFree, allFree);

    if (entry.blockType === 'function') {
      for (const [name, scope] of entry.scopes) {
        if (scope === 'local' && newFree.has(name)) {
          entry.scopes.set(name, 'cell');
          newFree.delete(name);
        }
      }
    } else if (isClass && newFree.delete('__class__')) {
      entry.needsClassCell = true;
    }
    this.recordFree(entry, newFree, bound, isClass);
    addAll(free, newFree);
  }

  /** analyze_name: the scope of one name from its flags and what the enclosing scopes bind. */
  private name(
    entry: ScopeEntry, name: string, flags: number,
    bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>,
  ): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) this.directiveError(entry, name, MSG.nonlocalAndGlobal(name));
      entry.scopes.set(name, 'global_explicit');
      global.add(name);
      bound?.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) this.directiveError(entry, name, MSG.nonlocalAtModule());
      if (!bound.has(name)) this.directiveError(entry, name, MSG.noNonlocalBinding(name));
      entry.scopes.set(name, 'free');
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      entry.scopes.set(name, 'local');
      local.add(name);
      global.delete(name);
      return;
    }
    if (bound?.has(name)) {
      entry.scopes.set(name, 'free');
      free.add(name);
      return;
    }
    entry.scopes.set(name, 'global_implicit');
  }

  /**
   * update_symbols: names free in children but unknown here pass through as free (when an enclosing
   * function binds them); a class name that is also free in a method is marked DEF_FREE_CLASS.
   */
  private recordFree(entry: ScopeEntry, free: Set<string>, bound: Set<string> | null, isClass: boolean): void {
    for (const name of free) {
      const flags = entry.flags.get(name);
      if (flags !== undefined) {
        if (isClass && flags & (DEF_BOUND | DEF_GLOBAL)) entry.flags.set(name, flags | DEF_FREE_CLASS);
        continue;
      }
      if (bound && !bound.has(name)) continue;
      entry.flags.set(name, 0);
      entry.scopes.set(name, 'free');
    }
  }

  private directiveError(entry: ScopeEntry, name: string, message: string): never {
    const where = entry.directives.get(name);
    if (!where) throw new Error(`internal: no directive recorded for '${name}' in ${entry.name}`);
    return raiseSyntaxError(this.filename, message, where);
  }
}

function addAll(target: Set<string>, source: ReadonlySet<string>): void {
  for (const item of source) target.add(item);
}
