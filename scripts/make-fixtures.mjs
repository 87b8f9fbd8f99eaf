#!/usr/bin/env node
// Regenerates the expected files of every fixture case by running python3 on it (npm run fixtures [-- kind...]).
//
// Each fixtures/<kind>/**/<case>.py is handed to `python3 scripts/fixtures/<kind>.py <case.py>`,
// which writes the expected file(s) beside the case. A script that prints its result instead
// gets its stdout saved as <case>.<kind>. A kind without a script is skipped with a message.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixturesDir = path.join(root, 'fixtures');
const scriptsDir = path.join(root, 'scripts/fixtures');

function casesUnder(dir) {
  return readdirSync(dir).sort().flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return casesUnder(full);
    return entry.endsWith('.py') ? [full] : [];
  });
}

/** Runs one case through its kind's script; resolves to an error text or null. */
function generate(kind, script, casePath) {
  return new Promise((resolve) => {
    const child = spawn('python3', [script, casePath], { cwd: root });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.on('error', (error) => resolve(error.message));
    child.on('close', (status) => {
      if (status !== 0) {
        resolve(`exit ${status}: ${Buffer.concat(stderr).toString().trim()}`);
        return;
      }
      const printed = Buffer.concat(stdout);
      if (printed.length > 0) writeFileSync(casePath.replace(/\.py$/, `.${kind}`), printed);
      resolve(null);
    });
  });
}

/** Runs `jobs` with at most `limit` at a time. */
async function runPooled(jobs, limit) {
  const results = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

const wanted = process.argv.slice(2);
const kinds = existsSync(fixturesDir)
  ? readdirSync(fixturesDir).filter((entry) => statSync(path.join(fixturesDir, entry)).isDirectory()).sort()
  : [];
let failures = 0;
for (const kind of kinds) {
  if (wanted.length > 0 && !wanted.includes(kind)) continue;
  const script = path.join(scriptsDir, `${kind}.py`);
  if (!existsSync(script)) {
    console.log(`${kind}: skipped, no scripts/fixtures/${kind}.py`);
    continue;
  }
  const cases = casesUnder(path.join(fixturesDir, kind));
  const errors = await runPooled(cases.map((casePath) => () => generate(kind, script, casePath)), os.availableParallelism());
  const failed = cases.filter((_, i) => errors[i] !== null);
  for (const casePath of failed) console.log(`  ${path.relative(root, casePath)}: ${errors[cases.indexOf(casePath)]}`);
  console.log(`${kind}: ${cases.length - failed.length} of ${cases.length} cases regenerated`);
  failures += failed.length;
}
for (const kind of wanted) if (!kinds.includes(kind)) console.log(`${kind}: no fixtures/${kind} folder`);
process.exitCode = failures > 0 ? 1 : 0;
