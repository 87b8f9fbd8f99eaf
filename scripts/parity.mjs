#!/usr/bin/env node
// Differential parse of python3's stdlib: pyts's ast.dump against CPython's, file by file (npm run parity).
//
// Usage: npm run parity [-- --sample N] [--files GLOB|PATH] [--show K] [--jobs J] [--threads T]
//        npm run parity -- --errors N [--seed S] [...]: syntax-error parity on N mutated files instead
//        (see scripts/dev/error-parity.mjs).
// (J python3 workers and T pyts parser threads; by default they share the CPUs about 1 to 5,
// as pyts parses about five times slower than CPython.)
// Compares dumps with include_attributes=True, leaving out 3.12-only fields and the positions of
// nodes inside f-strings (3.11 and 3.12 place those differently). Exits 1 when anything differs.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CPythonPool } from './dev/cpython-pool.mjs';
import { runErrorParity } from './dev/error-parity.mjs';
import { PytsPool } from './dev/pyts-pool.mjs';
import { selectCorpus } from './dev/stdlib-corpus.mjs';

const { values: options } = parseArgs({
  options: {
    sample: { type: 'string' },
    files: { type: 'string' },
    show: { type: 'string', default: '5' },
    jobs: { type: 'string' },
    threads: { type: 'string' },
    errors: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});
const sample = options.sample === undefined ? undefined : Number(options.sample);
const show = Number(options.show);
const cpus = os.availableParallelism();
const jobs = options.jobs === undefined ? Math.max(1, Math.round(cpus / 6)) : Number(options.jobs);
const threads = options.threads === undefined ? Math.max(1, cpus - jobs) : Number(options.threads);
const errors = options.errors === undefined ? undefined : Number(options.errors);
const seed = Number(options.seed);
const numbers = [['sample', sample], ['show', show], ['jobs', jobs], ['threads', threads], ['errors', errors], ['seed', seed]];
for (const [name, value] of numbers) {
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

if (errors !== undefined) {
  const mismatches = await runErrorParity({ files, count: errors, seed, show, jobs: Math.max(jobs, threads) });
  process.exit(mismatches > 0 ? 1 : 0);
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
/** The report of each file that does not match, by its index in `files`, so they print in order. */
const reports = new Map();

/** Compares pyts's result with CPython's for one file, counting it and keeping a report if it differs. */
function compare(index, ours, theirs) {
  const name = path.relative(base, files[index]) || path.basename(files[index]);
  if (theirs.failure) {
    counts.wrong++;
    reports.set(index, `${name}: the python3 worker failed: ${theirs.failure}`);
  } else if (ours.crash) {
    counts.wrong++;
    counts.crashed++;
    const verdict = theirs.error ? 'CPython rejects it too' : 'CPython accepts it';
    reports.set(index, `${name}: pyts crashed (${verdict})\n    ${ours.crash.split('\n').slice(0, 4).join('\n    ')}`);
  } else if (ours.dump !== undefined && theirs.dump !== undefined) {
    if (ours.dump === theirs.dump) counts.identical++;
    else {
      counts.differ++;
      reports.set(index, `${name}: ASTs differ\n${compactDiff(theirs.dump, ours.dump)}`);
    }
  } else if (ours.error && theirs.error && ours.error.lineno === theirs.error.lineno) {
    counts.bothRejected++;
  } else {
    counts.wrong++;
    const what = ours.error
      ? theirs.error ? 'rejected at another line' : 'wrongly rejected'
      : 'wrongly accepted';
    const detail = [ours.error && describeError('pyts', ours.error), theirs.error && describeError('CPython', theirs.error)];
    reports.set(index, `${name}: ${what}\n    ${detail.filter(Boolean).join('\n    ')}`);
  }
}

const started = performance.now();
const pyts = new PytsPool(threads);
const cpython = new CPythonPool(jobs);
// A bounded number of files in flight keeps every worker busy without holding every dump in memory.
const inFlight = (threads + jobs) * 3;
let next = 0;
let done = 0;
async function lane() {
  while (next < files.length) {
    const index = next++;
    const [ours, theirs] = await Promise.all([pyts.parse(files[index]), cpython.request({ dump: files[index] })]);
    compare(index, ours, theirs);
    done++;
    if (process.stderr.isTTY && done % 50 === 0) process.stderr.write(`\r${done}/${files.length} files`);
  }
}
await Promise.all(Array.from({ length: Math.min(inFlight, files.length) }, lane));
pyts.close();
cpython.close();
if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');

const ordered = [...reports.keys()].sort((a, b) => a - b).map((index) => reports.get(index));
for (const report of ordered.slice(0, show)) console.log(report);
if (ordered.length > show) console.log(`... and ${ordered.length - show} more (--show K to see more)`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const crashes = counts.crashed > 0 ? ` (${counts.crashed} crashes)` : '';
console.log(
  `${counts.identical} identical, ${counts.differ} differ, ${counts.bothRejected} rejected by both, ` +
    `${counts.wrong} wrongly accepted or rejected${crashes} - ${files.length} files in ${seconds} s`,
);
process.exitCode = counts.differ + counts.wrong > 0 ? 1 : 0;
