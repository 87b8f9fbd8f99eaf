// Differential tests of the scope analyzer: each fixtures/symtable/**/<case>.py against CPython's symtable dump in <case>.symtable.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, dumpSymbolTable } from '../src/analyze/index.js';
import { moduleFromJson } from '../src/ast/from-json.js';
import { CompileError } from '../src/diagnostics/diagnostic.js';

const root = new URL('..', import.meta.url).pathname;
const fixtures = join(root, 'fixtures/symtable');

function casesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return casesUnder(path);
    return entry.endsWith('.py') ? [path] : [];
  });
}

/** CPython's AST through the dev bridge, so the analyzer is tested apart from our parser. */
function parseWithCPython(file: string) {
  const result = spawnSync('python3', [join(root, 'scripts/dev/pyast-json.py'), file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pyast-json failed on ${file}: ${result.stderr}`);
  return moduleFromJson(result.stdout);
}

/** The same text scripts/fixtures/symtable.py prints: the dump, or the SyntaxError with CPython's 1-based column. */
function analyzeToText(file: string): string {
  const module = parseWithCPython(file);
  try {
    return dumpSymbolTable(analyze(module, file));
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    const { message, span } = error.diagnostic;
    return `SyntaxError: ${message} (${span.lineno}:${span.col_offset + 1})\n`;
  }
}

describe('symbol tables match CPython 3.11', () => {
  for (const file of casesUnder(fixtures)) {
    it(relative(fixtures, file), () => {
      const expected = readFileSync(file.replace(/\.py$/, '.symtable'), 'utf8');
      expect(analyzeToText(file)).toBe(expected);
    });
  }
});
