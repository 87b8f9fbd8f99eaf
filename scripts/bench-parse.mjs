#!/usr/bin/env node
// Parse speed: lines/second of pyts's parseModule and of CPython's ast.parse over the same files (npm run bench:parse).
//
// Usage: npm run bench:parse [-- --sample N] [--files GLOB|PATH] [--repeat R]
// Both sides parse sources already in memory; each reports the best of R rounds (after a warm-up
// round for pyts, whose JIT and ANTLR prediction caches need one), over the files both accept.
import { parseArgs } from 'node:util';
import { CPythonPool } from './dev/cpython-pool.mjs';
import { CompileError, parseModule } from './dev/pyts-parser.mjs';
import { countLines, readPythonSource, selectCorpus } from './dev/stdlib-corpus.mjs';

const { values: options } = parseArgs({
  options: {
    sample: { type: 'string' },
    files: { type: 'string' },
    repeat: { type: 'string', default: '3' },
  },
});
const sample = options.sample === undefined ? undefined : Number(options.sample);
const repeat = Number(options.repeat);
if ((sample !== undefined && !(Number.isInteger(sample) && sample > 0)) || !(Number.isInteger(repeat) && repeat > 0)) {
  process.stderr.write('bench:parse: --sample and --repeat want whole numbers above 0\n');
  process.exit(2);
}

const { files } = selectCorpus({ files: options.files, sample });

// The warm-up round also picks the files pyts accepts; the timed rounds parse only those.
const accepted = [];
for (const file of files) {
  const source = readPythonSource(file);
  if (!('text' in source)) continue;
  try {
    parseModule(source.text, file);
    accepted.push({ file, text: source.text, lines: countLines(source.text) });
  } catch (error) {
    if (!(error instanceof CompileError)) process.stderr.write(`bench:parse: pyts crashed on ${file}: ${error}\n`);
  }
}
if (accepted.length === 0) {
  process.stderr.write('bench:parse: pyts accepted none of the files\n');
  process.exit(1);
}

let pytsSeconds = Infinity;
for (let round = 0; round < repeat; round++) {
  const started = performance.now();
  for (const { file, text } of accepted) parseModule(text, file);
  pytsSeconds = Math.min(pytsSeconds, (performance.now() - started) / 1000);
}
const pytsLines = accepted.reduce((sum, { lines }) => sum + lines, 0);

const pool = new CPythonPool(1);
const cpython = await pool.request({ bench: accepted.map(({ file }) => file), repeat });
pool.close();

if (cpython.failure) {
  process.stderr.write(`bench:parse: the python3 worker failed: ${cpython.failure}\n`);
  process.exit(1);
}
const pytsRate = pytsLines / pytsSeconds;
const cpythonRate = cpython.lines / cpython.seconds;
const format = (rate) => Math.round(rate).toLocaleString('en-US');
console.log(`files: ${accepted.length} of ${files.length} accepted by pyts (${cpython.files} by CPython)`);
console.log(`pyts parseModule: ${format(pytsRate)} lines/s (${pytsLines} lines in ${pytsSeconds.toFixed(2)} s)`);
console.log(`CPython ast.parse: ${format(cpythonRate)} lines/s (${cpython.lines} lines in ${cpython.seconds.toFixed(2)} s)`);
console.log(`ratio pyts/CPython: ${(pytsRate / cpythonRate).toFixed(3)}`);
