// The compile-time module graph: every module the entry may import, found on sys.path as CPython's import system would find it.
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, resolve, sep } from 'node:path';
import type { Module } from '../ast/index.js';
import { CompileError } from '../diagnostics/diagnostic.js';
import { parseModule } from '../parse/index.js';
import { isIdentifier, ModuleFinder, type FoundModule } from './graph-finder.js';
import { collectImports, resolveRelativeName, type ImportAnchor, type ImportRequest } from './graph-imports.js';

export interface ModuleNode {
  /** Dotted module name; the entry is `__main__`. */
  readonly name: string;
  /** The entry: the path as given; imports: the path found on sys.path; namespace packages: their first directory. */
  readonly file: string;
  readonly isPackage: boolean;
  /** A directory without `__init__.py`: no source, `__path__` is `searchPaths`. */
  readonly isNamespace: boolean;
  /** Where submodules are searched (`__path__`): empty for a plain module. */
  readonly searchPaths: readonly string[];
  readonly source: string;
  /** The parsed source (null for a namespace package or a file that does not parse: compiling it reports the error). */
  readonly ast: Module | null;
  /** Absolute names of the graph's modules this module's imports reach, in first-seen order. */
  readonly imports: string[];
}

export interface ModuleGraph {
  readonly entry: ModuleNode;
  /** The entry first, then modules in discovery order. */
  readonly modules: ModuleNode[];
  /** Names imported somewhere but found nowhere (the import raises ModuleNotFoundError at run time, as in CPython). */
  readonly missing: string[];
}

export interface ModuleGraphOptions {
  /** The PYTHONPATH entries, searched after the entry script's directory. */
  readonly pythonPath: readonly string[];
  /** Extra module names to include as if the entry imported them (for names only computed at run time). */
  readonly include?: readonly string[];
  /** Modules the runtime provides itself: never searched for on disk, nor their submodules. */
  readonly builtinModules?: ReadonlySet<string>;
  /** pyts's bundled standard library directory, searched last. */
  readonly stdlibPath?: string;
}

/** Builds the graph of every module reachable from `entryFile`. */
export function buildModuleGraph(entryFile: string, options: ModuleGraphOptions): ModuleGraph {
  return new GraphBuilder(entryFile, options).build();
}

class GraphBuilder {
  private readonly finder = new ModuleFinder();
  private readonly sysPath: string[];
  private readonly builtins: ReadonlySet<string>;
  /** Every name looked up: its node, or null when it could not be found. */
  private readonly known = new Map<string, ModuleNode | null>();
  private readonly modules: ModuleNode[] = [];
  private readonly missing: string[] = [];
  /** Modules whose imports have not been followed yet. */
  private readonly pending: ModuleNode[] = [];
  /** Packages whose every module is already in the graph. */
  private readonly wholePackages = new Set<ModuleNode>();
  /** Directories the program adds to sys.path at run time (see ModuleImports.pathHints). */
  private readonly extraRoots = new Set<string>();
  private readonly stdlibPath: string | null;

  constructor(private readonly entryFile: string, private readonly options: ModuleGraphOptions) {
    // CPython puts the script's directory first, with symbolic links resolved.
    const scriptDir = dirname(realpathSync(entryFile));
    this.sysPath = [scriptDir, ...options.pythonPath.map((p) => resolve(p))];
    this.stdlibPath = options.stdlibPath === undefined ? null : resolve(options.stdlibPath);
    if (this.stdlibPath !== null) this.sysPath.push(this.stdlibPath);
    this.builtins = options.builtinModules ?? new Set();
  }

  build(): ModuleGraph {
    const entry = this.addNode('__main__', { kind: 'module', file: this.entryFile }, this.entryFile);
    for (const name of this.options.include ?? []) this.importPackageContents(this.importName(name, entry));
    while (this.pending.length > 0) this.followImports(this.pending.shift()!);
    return { entry, modules: this.modules, missing: this.missing };
  }

  private followImports(node: ModuleNode): void {
    // A run-time __import__ of a computed name may want any module of a program's package. The
    // standard library's packages name their submodules statically, and bundling all of them would
    // bloat every program, so theirs are only included when asked for.
    if (node.isPackage && !this.inStdlib(node)) this.importPackageContents(node);
    if (node.ast === null) return;
    const { requests, pathHints } = collectImports(node.ast);
    for (const request of requests) this.resolveRequest(request, node);
    for (const hint of pathHints) this.addRuntimeSearchPath(hint, node);
  }

  private inStdlib(node: ModuleNode): boolean {
    return this.stdlibPath !== null && node.file.startsWith(this.stdlibPath + sep);
  }

  /**
   * A directory the program puts on sys.path itself: its top-level modules join the graph so the run-time
   * search finds them by file. One whose name is already taken is added beside the first (same name, its own file).
   */
  private addRuntimeSearchPath(hint: string, importer: ModuleNode): void {
    const bases = isAbsolute(hint) ? [''] : [dirname(realpathSync(importer.file)), this.sysPath[0]!];
    for (const base of bases) {
      const dir = resolve(base, hint);
      if (this.sysPath.includes(dir) || this.extraRoots.has(dir) || !this.finder.isDirectory(dir)) continue;
      this.extraRoots.add(dir);
      for (const name of this.finder.submoduleNames(dir)) {
        const found = this.finder.find(name, [dir]);
        if (found === null) continue;
        const existing = this.known.get(name);
        if (existing === undefined || existing === null) this.addNode(name, found, null);
        else if (found.kind !== 'namespace' && existing.file !== found.file) this.addNode(name, found, null, false);
      }
    }
  }

  private resolveRequest(request: ImportRequest, importer: ModuleNode): void {
    let target = request.module;
    if (request.level > 0) {
      const absolute = resolveRelativeName(request.module, request.level, anchorName(request.anchor, importer));
      if (absolute === null) return;
      target = absolute;
    }
    if (target === '') return;
    const found = this.importName(target, importer);
    if (found === null) return;
    if (request.wholePackage) this.importPackageContents(found);
    if (request.fromNames === null || !found.isPackage) return;
    for (const name of request.fromNames) {
      // `from pkg import x`: x is a submodule if one exists, otherwise just a name in pkg.
      if (name === '*') this.importPackageContents(found);
      else this.importSubmoduleIfAny(`${found.name}.${name}`, importer);
    }
  }

  /** `import a.b.c` imports a, a.b and a.b.c; returns the last, or null if any part is missing or built in. */
  private importName(name: string, importer: ModuleNode): ModuleNode | null {
    const parts = name.split('.');
    if (this.builtins.has(parts[0]!)) return null;
    // A name that is not dotted identifiers (from a computed string) names no file; the import fails at run time.
    if (!parts.every(isIdentifier)) {
      this.recordMissing(name);
      return null;
    }
    let node: ModuleNode | null = null;
    let prefix = '';
    for (const part of parts) {
      prefix = prefix === '' ? part : `${prefix}.${part}`;
      node = this.lookup(prefix, node);
      if (node === null) {
        this.recordMissing(prefix);
        return null;
      }
      addOnce(importer.imports, prefix);
    }
    return node;
  }

  private importSubmoduleIfAny(name: string, importer: ModuleNode): void {
    if (this.known.get(name) === null) return;
    const parent = this.known.get(parentName(name)) ?? null;
    if (this.lookup(name, parent) !== null) addOnce(importer.imports, name);
  }

  /** Every module of a package and its subpackages (a name computed at run time may ask for any of them). */
  private importPackageContents(node: ModuleNode | null): void {
    if (node === null || !node.isPackage || this.wholePackages.has(node)) return;
    this.wholePackages.add(node);
    for (const dir of node.searchPaths) {
      for (const part of this.finder.submoduleNames(dir)) this.importPackageContents(this.lookup(`${node.name}.${part}`, node));
    }
  }

  /** Finds (once) the module `name` inside `parent` (or on sys.path for a top-level name). */
  private lookup(name: string, parent: ModuleNode | null): ModuleNode | null {
    const known = this.known.get(name);
    if (known !== undefined) return known;
    const dot = name.lastIndexOf('.');
    const paths = dot === -1 ? this.sysPath : parent?.isPackage ? parent.searchPaths : null;
    const found = paths === null ? null : this.finder.find(name.slice(dot + 1), paths);
    if (found === null) {
      this.known.set(name, null);
      return null;
    }
    return this.addNode(name, found, null);
  }

  /** `register`: the node is what `name` resolves to (false for a same-named module from a run-time search path). */
  private addNode(name: string, found: FoundModule, displayFile: string | null, register = true): ModuleNode {
    const file = found.kind === 'namespace' ? found.dirs[0]! : found.file;
    const source = found.kind === 'namespace' ? '' : readFileSync(file, 'utf8');
    const node: ModuleNode = {
      name,
      file: displayFile ?? file,
      isPackage: found.kind !== 'module',
      isNamespace: found.kind === 'namespace',
      searchPaths: found.kind === 'package' ? [found.dir] : found.kind === 'namespace' ? found.dirs : [],
      source,
      ast: found.kind === 'namespace' ? null : parseOrNull(source, displayFile ?? file),
      imports: [],
    };
    if (register) this.known.set(name, node);
    this.modules.push(node);
    this.pending.push(node);
    return node;
  }

  private recordMissing(name: string): void {
    if (!this.missing.includes(name)) this.missing.push(name);
  }
}

/** A file with a syntax error still belongs to the graph; the error surfaces when it is compiled. */
function parseOrNull(source: string, file: string): Module | null {
  try {
    return parseModule(source, file);
  } catch (error) {
    if (error instanceof CompileError) return null;
    throw error;
  }
}

/** The package a relative import starts from. */
function anchorName(anchor: ImportAnchor, importer: ModuleNode): string {
  // __package__ is the package itself, or a plain module's parent; the entry script (__main__) has none.
  if (anchor.kind === 'package') return importer.isPackage ? importer.name : parentName(importer.name);
  if (anchor.kind === 'name') return importer.name;
  return anchor.name;
}

function parentName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(0, dot);
}

function addOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}
