// CPython's own SyntaxError for a file run as `python3 file.py`, turned into a pyts Diagnostic.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Diagnostic, DiagnosticKind } from '../../src/diagnostics/diagnostic.js';
import { offsetCountsCharacters } from '../../src/diagnostics/format.js';
import { projectRoot } from './fixtures.js';

type Location = [DiagnosticKind, string, number, number | null, number | null, number | null];

/** What python3 prints on stdout running `file` with tests/support/cpython-hook on its path. */
function runWithHook(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [file], {
      env: { ...process.env, PYTHONPATH: join(projectRoot, 'tests/support/cpython-hook') },
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/**
 * Runs `file` under python3 with tests/support/cpython-hook on the path, which reports the
 * SyntaxError's attributes; converts CPython's 1-based offsets (characters or bytes, see
 * offsetCountsCharacters) into the diagnostic's 0-based byte columns (-1 for offset 0).
 */
export async function cpythonSyntaxError(file: string, source: string, fileName: string): Promise<Diagnostic> {
  const printed = await runWithHook(file);
  const [kind, message, lineno, offset, endLineno, endOffset] = JSON.parse(printed.trim()) as Location;
  const lines = source.split(/\r\n|\r|\n/);
  const characters = offsetCountsCharacters(message, source);
  const byteColumn = (line: number, cpythonOffset: number | null): number => {
    if (cpythonOffset === null || cpythonOffset <= 0) return -1;
    if (!characters) return cpythonOffset - 1;
    const text = [...(lines[line - 1] ?? '')];
    const prefix = text.slice(0, cpythonOffset - 1).join('');
    return Buffer.byteLength(prefix) + Math.max(0, cpythonOffset - 1 - text.length);
  };
  const endLine = endLineno ?? lineno;
  return {
    kind,
    message,
    span: {
      file: fileName,
      lineno,
      col_offset: byteColumn(lineno, offset),
      end_lineno: endLine,
      end_col_offset: byteColumn(endLine, endOffset),
    },
  };
}
