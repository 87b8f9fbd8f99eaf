// Finding a module on disk the way CPython's PathFinder/FileFinder does: package dir with __init__.py, then name.py, then namespace portion.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a search for one module name found. */
export type FoundModule =
  | { readonly kind: 'module'; readonly file: string }
  | { readonly kind: 'package'; readonly file: string; readonly dir: string }
  | { readonly kind: 'namespace'; readonly dirs: readonly string[] };

/** File-system queries with their answers cached: the same directories are asked about many times. */
export class ModuleFinder {
  private readonly kinds = new Map<string, 'file' | 'dir' | 'none'>();
  private readonly listings = new Map<string, readonly string[]>();

  /** Searches `paths` in order for `lastName` (the last part of a dotted module name). */
  find(lastName: string, paths: readonly string[]): FoundModule | null {
    const portions: string[] = [];
    for (const entry of paths) {
      const candidate = join(entry, lastName);
      if (this.kindOf(candidate) === 'dir') {
        const init = join(candidate, '__init__.py');
        if (this.kindOf(init) === 'file') return { kind: 'package', file: init, dir: candidate };
      }
      const file = `${candidate}.py`;
      if (this.kindOf(file) === 'file') return { kind: 'module', file };
      // A directory without __init__.py is a portion of a namespace package, unless a later entry has the real thing.
      if (this.kindOf(candidate) === 'dir') portions.push(candidate);
    }
    return portions.length > 0 ? { kind: 'namespace', dirs: portions } : null;
  }

  isDirectory(path: string): boolean {
    return this.kindOf(path) === 'dir';
  }

  /** The names of the modules and subpackages a package directory holds, sorted. */
  submoduleNames(dir: string): string[] {
    const names = new Set<string>();
    for (const entry of this.list(dir)) {
      const path = join(dir, entry);
      if (entry.endsWith('.py')) {
        const name = entry.slice(0, -3);
        if (name !== '__init__' && isIdentifier(name) && this.kindOf(path) === 'file') names.add(name);
      } else if (isIdentifier(entry) && entry !== '__pycache__' && this.kindOf(path) === 'dir' && this.holdsPython(path)) {
        names.add(entry);
      }
    }
    return [...names].sort();
  }

  /** A subdirectory counts as a subpackage only if it has Python files of its own (or an __init__.py). */
  private holdsPython(dir: string): boolean {
    return this.list(dir).some((entry) => entry.endsWith('.py') && this.kindOf(join(dir, entry)) === 'file');
  }

  private list(dir: string): readonly string[] {
    let entries = this.listings.get(dir);
    if (entries === undefined) {
      try {
        entries = readdirSync(dir).sort();
      } catch {
        entries = [];
      }
      this.listings.set(dir, entries);
    }
    return entries;
  }

  private kindOf(path: string): 'file' | 'dir' | 'none' {
    let kind = this.kinds.get(path);
    if (kind === undefined) {
      const stats = statSync(path, { throwIfNoEntry: false });
      kind = stats?.isDirectory() ? 'dir' : stats?.isFile() ? 'file' : 'none';
      this.kinds.set(path, kind);
    }
    return kind;
  }
}

/** A module name part must be a Python identifier for `import` to reach it. */
export function isIdentifier(name: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name);
}
