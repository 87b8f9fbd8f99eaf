// Entry point of the scope analyzer: collect bindings per scope, then resolve them as CPython does.
import type { Module } from '../ast/index.js';
import type { SymbolTable } from './index.js';

/** Throws CompileError (src/diagnostics/diagnostic.ts) for CPython's compile-time SyntaxErrors. */
export function analyze(module: Module, filename: string): SymbolTable {
  throw new Error(`analyze(${filename}): the scope analyzer is being written (${module.body.length} statements)`);
}
