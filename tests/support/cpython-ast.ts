// CPython's own AST of a file, through the dev bridge (scripts/dev/pyast-json.py), for differential tests.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { moduleFromJson } from '../../src/ast/from-json.js';
import type { Module } from '../../src/ast/index.js';
import { projectRoot } from './fixtures.js';

/** The Module python3 builds for `file`; throws when python3 rejects it. */
export function cpythonAst(file: string): Module {
  const result = spawnSync('python3', [join(projectRoot, 'scripts/dev/pyast-json.py'), file], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(`pyast-json failed on ${file}: ${result.stderr}`);
  return moduleFromJson(result.stdout);
}
