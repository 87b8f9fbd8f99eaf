// Syntax-error parity: mutate small stdlib files until CPython's parser rejects them, then compare
// pyts's SyntaxError report with what `python3 file.py` prints (npm run parity -- --errors N).
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CPythonPool } from './cpython-pool.mjs';
import { mutate, seededRandom } from './mutate.mjs';
import { syntaxErrorReport } from './pyts-parser.mjs';
import { countLines, readPythonSource } from './stdlib-corpus.mjs';

/** Mutants of files longer than this are skipped: pyts's parse time grows with the file. */
const MAX_LINES = 400;

/** The report lines that differ, side by side. */
function reportDiff(expected, actual) {
  const want = expected.trimEnd().split('\n');
  const got = actual.trimEnd().split('\n');
  const lines = [];
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] === got[i]) lines.push(`      ${want[i]}`);
    else {
      if (want[i] !== undefined) lines.push(`    - ${want[i]}`);
      if (got[i] !== undefined) lines.push(`    + ${got[i]}`);
    }
  }
  return lines.join('\n');
}

/**
 * Collects `count` mutants CPython's parser rejects (from `files`, mutations drawn from `seed`)
 * and compares the reports; prints the counts and the first `show` differences. Returns the
 * number of mismatches.
 */
export async function runErrorParity({ files, count, seed, show, jobs }) {
  // Mutants are written as UTF-8, so only files stored exactly so are used (python3 fails to
  // decode some others before parsing, with another kind of report).
  const small = files.filter((file) => {
    if (statSync(file).size >= MAX_LINES * 60) return false;
    const source = readPythonSource(file);
    if (!('text' in source) || countLines(source.text) > MAX_LINES) return false;
    return Buffer.from(source.text, 'utf8').equals(readFileSync(file));
  });
  if (small.length === 0) throw new Error(`no file of at most ${MAX_LINES} lines selected`);
  const random = seededRandom(seed);
  const folder = path.join(os.tmpdir(), `pyts-error-parity-${process.pid}`);
  const pool = new CPythonPool(jobs);
  const counts = { identical: 0, placed: 0, worded: 0, accepted: 0, crashed: 0 };
  const reports = [];
  let tried = 0;
  let found = 0;
  try {
    // CPython accepts some mutants (a deleted space, an added comment char); keep drawing.
    while (found < count && tried < count * 10) {
      const batch = Array.from({ length: Math.min(jobs * 4, (count - found) * 2) }, () => {
        const original = small[Math.floor(random() * small.length)];
        const { text, edit } = mutate(readPythonSource(original).text, random);
        const dir = path.join(folder, String(tried++));
        mkdirSync(dir, { recursive: true });
        const file = path.join(dir, path.basename(original));
        writeFileSync(file, text);
        return { original, edit, file, text, answer: pool.request({ syntax_error: file }) };
      });
      for (const mutant of batch) {
        const theirs = await mutant.answer;
        if (theirs.valid || found >= count) continue;
        found++;
        const ours = syntaxErrorReport(mutant.text, mutant.file);
        const title = `${path.basename(mutant.original)} (${mutant.edit})`;
        if (theirs.failure) {
          counts.crashed++;
          reports.push(`${title}: the python3 worker failed: ${theirs.failure}`);
        } else if (ours.crash) {
          counts.crashed++;
          reports.push(`${title}: pyts crashed\n    ${ours.crash.split('\n').slice(0, 4).join('\n    ')}`);
        } else if (ours.valid) {
          counts.accepted++;
          reports.push(`${title}: pyts accepts it; python3 says\n${reportDiff(theirs.stderr, '')}`);
        } else if (ours.stderr === theirs.stderr) {
          counts.identical++;
        } else {
          const sameMessage = ours.stderr.trimEnd().split('\n').pop() === theirs.stderr.trimEnd().split('\n').pop();
          if (sameMessage) counts.placed++;
          else counts.worded++;
          reports.push(`${title}: ${sameMessage ? 'placed differently' : 'worded differently'}\n${reportDiff(theirs.stderr, ours.stderr)}`);
        }
      }
    }
  } finally {
    pool.close();
    rmSync(folder, { recursive: true, force: true });
  }
  for (const report of reports.slice(0, show)) console.log(report);
  if (reports.length > show) console.log(`... and ${reports.length - show} more (--show K to see more)`);
  console.log(
    `${found} syntax errors (seed ${seed}, ${tried} mutants): ${counts.identical} printed identically, ` +
      `${counts.placed} with the same message placed differently, ${counts.worded} with another message, ` +
      `${counts.accepted} accepted by pyts, ${counts.crashed} crashes`,
  );
  return found - counts.identical;
}
