#!/usr/bin/env node
// Differential parse of python3's stdlib: pyts's ast.dump against CPython's, file by file (npm run parity).
//
// Usage: npm run parity [-- --sample N] [--files GLOB|PATH] [--show K] [--jobs J]
// Compares dumps with include_attributes=True, leaving out 3.12-only fields and the positions of
// nodes inside f-strings (3.11 and 3.12 place those differently). Exits 1 when anything differs.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CPythonPool } from './dev/cpython-pool.mjs';
import { parseForParity } from './dev/pyts-parser.mjs';
import { readPythonSource, selectCorpus } from './dev/stdlib-corpus.mjs';

const { values: options } = parseArgs({
  options: {
    sample: { type: 'string' },
    files: { type: 'string' },
    show: { type: 'string', default: '5' },
    jobs: { type: 'string' },
  },
});
const sample = options.sample === undefined ? undefined : Number(options.sample);
const show = Number(options.show);
// One CPU stays with pyts's parser; python3 workers take the rest.
const jobs = options.jobs === undefined ? Math.max(1, os.availableParallelism() - 1) : Number(options.jobs);
for (const [name, value] of [['sample', sample], ['show', show], ['jobs', jobs]]) {
  if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
    process.stderr.write(`parity: --${name} wants a whole number\n`);
    process.exit(2);
  }
}

const { base, files } = selectCorpus({ files: options.files, sample });
if (files.length === 0) {
  process.stderr.write('parity: no files selected\n');
  process.exit(2);
}

/** Where two dumps first part, as a few lines of context from each. */
function compactDiff(expected, actual) {
  const want = expected.split('\n');
  const got = actual.split('\n');
  let first = 0;
  while (first < want.length && first < got.length && want[first] === got[first]) first++;
  const from = Math.max(0, first - 3);
  const lines = [`    at dump line ${first + 1}:`];
  for (let i = from; i < first; i++) lines.push(`      ${want[i]}`);
  for (let i = first; i < Math.min(want.length, first + 3); i++) lines.push(`    - ${want[i]}`);
  for (let i = first; i < Math.min(got.length, first + 3); i++) lines.push(`    + ${got[i]}`);
  return lines.join('\n');
}

const describeError = (who, error) => `${who} rejects at line ${error.lineno}: ${error.type}: ${error.msg}`;

const counts = { identical: 0, differ: 0, bothRejected: 0, wrong: 0, crashed: 0 };
const reports = [];
const pool = new CPythonPool(jobs);
// A bounded window of requests keeps python3 busy without holding every dump in memory.
const window = jobs * 4;
const pending = files.slice(0, window).map((file) => pool.request({ dump: file }));
const started = performance.now();

for (let i = 0; i < files.length; i++) {
  const file = files[i];
  const name = path.relative(base, file) || path.basename(file);
  const source = readPythonSource(file);
  const ours = 'text' in source
    ? parseForParity(source.text, file)
    : { error: { type: 'SyntaxError', msg: source.error, lineno: source.lineno } };
  const theirs = await pending[i];
  if (i + window < files.length) pending.push(pool.request({ dump: files[i + window] }));
  pending[i] = null;

  if (theirs.failure) {
    counts.wrong++;
    reports.push(`${name}: the python3 worker failed: ${theirs.failure}`);
  } else if (ours.crash) {
    counts.wrong++;
    counts.crashed++;
    reports.push(`${name}: pyts crashed (${theirs.error ? 'CPython rejects it too' : 'CPython accepts it'})\n    ${ours.crash.split('\n').slice(0, 4).join('\n    ')}`);
  } else if (ours.dump !== undefined && theirs.dump !== undefined) {
    if (ours.dump === theirs.dump) counts.identical++;
    else {
      counts.differ++;
      reports.push(`${name}: ASTs differ\n${compactDiff(theirs.dump, ours.dump)}`);
    }
  } else if (ours.error && theirs.error && ours.error.lineno === theirs.error.lineno) {
    counts.bothRejected++;
  } else {
    counts.wrong++;
    const what = ours.error
      ? theirs.error ? 'rejected at another line' : 'wrongly rejected'
      : 'wrongly accepted';
    const detail = [ours.error && describeError('pyts', ours.error), theirs.error && describeError('CPython', theirs.error)];
    reports.push(`${name}: ${what}\n    ${detail.filter(Boolean).join('\n    ')}`);
  }
  if (process.stderr.isTTY && (i + 1) % 50 === 0) process.stderr.write(`\r${i + 1}/${files.length} files`);
  // Let python3's answers drain from the pipe while pyts parses the next file.
  await new Promise((resolve) => setImmediate(resolve));
}
pool.close();
if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');

for (const report of reports.slice(0, show)) console.log(report);
if (reports.length > show) console.log(`... and ${reports.length - show} more (--show K to see more)`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const crashes = counts.crashed > 0 ? ` (${counts.crashed} crashes)` : '';
console.log(
  `${counts.identical} identical, ${counts.differ} differ, ${counts.bothRejected} rejected by both, ` +
    `${counts.wrong} wrongly accepted or rejected${crashes} - ${files.length} files in ${seconds} s`,
);
process.exitCode = counts.differ + counts.wrong > 0 ? 1 : 0;
