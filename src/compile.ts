// The compiler pipeline as one straight line: module graph (parse) -> analyze -> lower -> emit/bundle.
import type { Module } from './ast/index.js';
import { parseModule } from './parse/index.js';
import { analyze } from './analyze/index.js';
import { CompileError } from './diagnostics/diagnostic.js';
import { lowerFailedModule, lowerModule, lowerNamespacePackage, type ModuleInfo } from './lower/index.js';
import { buildModuleGraph, type ModuleNode } from './bundle/graph.js';
import { writeBundle, type Bundle, type LoweredModule } from './bundle/writer.js';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CompileOptions {
  /** Module search directories after the entry's directory (default: $PYTHONPATH). */
  readonly pythonPath?: readonly string[];
}

/** The name the graph gives the entry module; `$.runMain` runs it as `__main__`. */
export const ENTRY_MODULE = '__main__';

/** The package's own stdlib/ directory: the nearest one above this file (src/ under tsx, dist/src/ when built). */
function bundledStdlibPath(): string | undefined {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'stdlib');
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function pythonPathFromEnv(): string[] {
  return (process.env.PYTHONPATH ?? '').split(':').filter(Boolean);
}

/** One module: analyze and lower its (already parsed) AST to its `$.defineModule(...)` statement. */
export function compileModule(module: Module, source: string, info: ModuleInfo): LoweredModule {
  const table = analyze(module, info.file);
  return { statement: lowerModule(module, table, info), file: info.file, source };
}

/** An imported module: one that does not compile raises its SyntaxError when imported. */
function compileImported(node: ModuleNode): LoweredModule {
  const info: ModuleInfo = { name: node.name, file: node.file, isPackage: node.isPackage };
  if (node.isNamespace) return { statement: lowerNamespacePackage(info), file: node.file, source: '' };
  try {
    return compileModule(node.ast ?? parseModule(node.source, node.file), node.source, info);
  } catch (err) {
    if (!(err instanceof CompileError)) throw err;
    const d = err.diagnostic;
    return { statement: lowerFailedModule(info, d.kind, d.message), file: node.file, source: node.source };
  }
}

/** Compile a program (the entry file and every module it may import) into one runnable bundle.
 *  Throws CompileError when the entry itself does not compile. */
export function compileProgram(entryFile: string, options: CompileOptions = {}): Bundle {
  const graph = buildModuleGraph(entryFile, {
    pythonPath: options.pythonPath ?? pythonPathFromEnv(),
    stdlibPath: bundledStdlibPath(),
  });
  const entry = graph.entry;
  const info: ModuleInfo = { name: entry.name, file: entry.file, isPackage: false };
  const lowered = [compileModule(entry.ast ?? parseModule(entry.source, entry.file), entry.source, info)];
  for (const node of graph.modules) if (node !== entry) lowered.push(compileImported(node));
  return writeBundle(lowered, entry.name);
}
