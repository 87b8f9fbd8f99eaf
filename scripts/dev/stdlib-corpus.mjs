// The Python files parity and bench-parse run over: python3's standard library, a sample, a glob or a path.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The folder of python3's standard library (sysconfig's 'stdlib' path). */
export function stdlibDir() {
  const result = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_path('stdlib'))"], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`python3 did not say where its stdlib is: ${result.stderr}`);
  return result.stdout.trim();
}

/** Every .py file under `dir`, sorted, leaving out installed third-party packages (site-packages). */
export function pythonFilesUnder(dir) {
  const files = [];
  const visit = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'site-packages' && entry.name !== '__pycache__') visit(full);
      } else if (entry.isFile() && entry.name.endsWith('.py')) files.push(full);
    }
  };
  visit(dir);
  return files;
}

/** A glob (`*` within a folder name, `**` across folders, `?` one character) as a RegExp. */
export function globToRegExp(glob) {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      // `**/` also matches no folder at all.
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/**
 * The corpus the options ask for: `files` is a file, a folder, or a glob over paths relative to
 * the stdlib; `sample` keeps that many files spread evenly over the sorted list (reproducible).
 */
export function selectCorpus({ files, sample }) {
  let corpus;
  let base;
  if (files && existsSync(files)) {
    const resolved = path.resolve(files);
    base = statSync(resolved).isDirectory() ? resolved : path.dirname(resolved);
    corpus = statSync(resolved).isDirectory() ? pythonFilesUnder(resolved) : [resolved];
  } else {
    base = stdlibDir();
    corpus = pythonFilesUnder(base);
    if (files) {
      const pattern = globToRegExp(files);
      corpus = corpus.filter((file) => pattern.test(path.relative(base, file)));
    }
  }
  if (sample !== undefined && sample < corpus.length) {
    const stride = corpus.length / sample;
    corpus = Array.from({ length: sample }, (_, i) => corpus[Math.floor(i * stride)]);
  }
  return { base, files: corpus };
}

/** The PEP 263 declaration on line 1 or 2 of a file's first bytes, or null. */
function codingCookie(bytes) {
  const head = Buffer.from(bytes.subarray(0, 400)).toString('latin1').split(/\r\n|\r|\n/).slice(0, 2);
  const cookie = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
  const first = cookie.exec(head[0] ?? '');
  if (first) return first[1];
  if (head.length > 1 && /^[ \t\f]*(#.*)?$/.test(head[0])) return cookie.exec(head[1])?.[1] ?? null;
  return null;
}

/** An encoding name as CPython's tokenizer normalises it before looking it up. */
function normalEncodingName(name) {
  const lower = name.toLowerCase().replace(/_/g, '-');
  if (lower === 'utf-8' || lower.startsWith('utf-8-')) return 'utf-8';
  if (/^(latin-1|iso-8859-1|iso-latin-1)(-|$)/.test(lower)) return 'iso-8859-1';
  return name;
}

/**
 * The text of a Python source file as python3 decodes it (UTF-8, or the declared encoding), or
 * `{ error, lineno }` when it cannot be decoded (line 0 for a bad declaration, as CPython says).
 */
export function readPythonSource(file) {
  const bytes = readFileSync(file);
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const cookie = codingCookie(hasBom ? bytes.subarray(3) : bytes);
  const declared = cookie === null ? 'utf-8' : normalEncodingName(cookie);
  // A byte-order mark allows no other declaration than utf-8.
  if (hasBom && declared !== 'utf-8') return { error: `encoding problem: ${cookie} with BOM`, lineno: 0 };
  let decoder;
  try {
    decoder = new TextDecoder(declared, { fatal: true });
  } catch {
    return { error: `unknown encoding: ${cookie}`, lineno: 0 };
  }
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { error: `cannot decode as ${declared}`, lineno: firstUndecodableLine(bytes) };
  }
}

function firstUndecodableLine(bytes) {
  let lineno = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
      } catch {
        return lineno;
      }
      lineno++;
      start = i + 1;
    }
  }
  return lineno;
}

/** Lines in a text as Python counts them (a last line without a newline counts). */
export function countLines(text) {
  let lines = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  return text.length > 0 && text.charCodeAt(text.length - 1) !== 10 ? lines + 1 : lines;
}
