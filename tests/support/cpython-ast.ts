// CPython's own AST of files, through the dev bridge (scripts/dev/pyast-json.py), for differential tests.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { moduleFromJson } from '../../src/ast/from-json.js';
import type { Module } from '../../src/ast/index.js';
import { projectRoot } from './fixtures.js';

/** The Modules python3 builds for `files`, by path, from one python3 run; throws if it rejects one. */
export function cpythonAsts(files: readonly string[]): Map<string, Module> {
  const result = spawnSync('python3', [join(projectRoot, 'scripts/dev/pyast-json.py'), ...files], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) throw new Error(`pyast-json failed: ${result.stderr}`);
  const documents = result.stdout.trimEnd().split('\n');
  return new Map(files.map((file, i) => [file, moduleFromJson(documents[i])]));
}

/** The Module python3 builds for `file`. */
export function cpythonAst(file: string): Module {
  return cpythonAsts([file]).get(file)!;
}
