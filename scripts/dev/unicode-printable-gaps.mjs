#!/usr/bin/env node
// Prints, as a TypeScript array, the code point ranges python3 deems unprintable (repr escapes them)
// although this Node's Unicode tables call them printable: characters assigned after python3's
// Unicode version. src/ast/dump.ts keeps the output in NEWER_THAN_PYTHON so repr() matches 3.11.
import { execFileSync } from 'node:child_process';

const printable = execFileSync(
  'python3',
  ['-c', "import sys; sys.stdout.write(''.join('1' if chr(c).isprintable() else '0' for c in range(0x110000)))"],
  { encoding: 'utf8', maxBuffer: 1 << 22 },
);
const notPrintableInNode = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const flat = [];
let start = -1;
for (let code = 0; code <= 0x110000; code++) {
  const differs = code < 0x110000 && code !== 0x20 && printable[code] === '0' && !notPrintableInNode.test(String.fromCodePoint(code));
  if (differs && start < 0) start = code;
  if (!differs && start >= 0) {
    flat.push(start, code - 1);
    start = -1;
  }
}
const hex = flat.map((code) => `0x${code.toString(16)}`);
const lines = [];
for (let i = 0; i < hex.length; i += 12) lines.push(`  ${hex.slice(i, i + 12).join(', ')},`);
console.log(`const NEWER_THAN_PYTHON: readonly number[] = [\n${lines.join('\n')}\n];`);
