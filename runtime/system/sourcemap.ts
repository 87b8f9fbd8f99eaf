// The bundle's source map: registered by the bundle, decoded on first use to map JS stack
// positions back to .py files, lines and source text.

interface RawSourceMap {
  sources: string[];
  sourcesContent?: (string | null)[];
  mappings: string;
  sourceRoot?: string;
}

/** One decoded mapping segment: generated column -> source index, source line and column
 *  (all 0-based). */
interface Segment { col: number; source: number; line: number; pcol: number }

interface LoadedMap {
  /** The bundle file as stack frames name it (a path or a file: URL). */
  file: string;
  raw: RawSourceMap;
  lines: Segment[][] | null;
  /** The bundle's own text by line (for the extent of a call), read on first use. */
  code: string[] | null;
  /** Each source's text by line. */
  sourceLines: Map<number, string[]>;
}

let registered: LoadedMap | null = null;

/** A position in Python source: the line, and the columns of the failing expression on it
 *  (`endCol` null when unknown). */
export interface PyPosition { file: string; line: number; text: string | null; col: number; endCol: number | null }

/** The file name of the code that called the function calling this one. */
function callerFile(): string {
  const holder: { stack?: unknown } = {};
  const prev = Error.prepareStackTrace;
  Error.prepareStackTrace = (_e, sites) => sites;
  Error.captureStackTrace(holder, registerSourceMap);
  const sites = holder.stack as NodeJS.CallSite[];
  Error.prepareStackTrace = prev;
  return sites.length > 0 ? sites[0]!.getFileName() ?? '' : '';
}

/** Called by the bundle with its own v3 source map (object or JSON text). */
export function registerSourceMap(map: RawSourceMap | string): void {
  const raw = typeof map === 'string' ? JSON.parse(map) as RawSourceMap : map;
  registered = { file: callerFile(), raw, lines: null, code: null, sourceLines: new Map() };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const digitOf = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) digitOf[BASE64.charCodeAt(i)] = i;

/** Decode the `mappings` string: base64 VLQ fields, delta-coded, `;` between lines. */
function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let current: Segment[] = [];
  let col = 0, source = 0, line = 0, srcCol = 0, name = 0;
  const fields: number[] = [];
  let value = 0, shift = 0;
  const endSegment = () => {
    if (fields.length >= 4) {
      col += fields[0]!; source += fields[1]!; line += fields[2]!; srcCol += fields[3]!;
      if (fields.length >= 5) name += fields[4]!;
      current.push({ col, source, line, pcol: srcCol });
    } else if (fields.length >= 1) {
      col += fields[0]!;
    }
    fields.length = 0;
  };
  for (let i = 0; i < mappings.length; i++) {
    const c = mappings.charCodeAt(i);
    if (c === 59 /* ; */) {
      endSegment();
      lines.push(current);
      current = [];
      col = 0;
      continue;
    }
    if (c === 44 /* , */) { endSegment(); continue; }
    const d = digitOf[c]!;
    value += (d & 31) << shift;
    if (d & 32) { shift += 5; continue; }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  endSegment();
  lines.push(current);
  void name;
  return lines;
}

function sameFile(frameFile: string, bundleFile: string): boolean {
  if (frameFile === bundleFile) return true;
  const strip = (f: string) => f.replace(/^file:\/\//, '');
  return strip(frameFile) === strip(bundleFile);
}

const nodeProcess = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;

function bundleLines(m: LoadedMap): string[] {
  if (m.code === null) {
    const fs = nodeProcess?.getBuiltinModule?.('fs') as { readFileSync(p: string, enc: string): string } | undefined;
    try {
      m.code = fs ? fs.readFileSync(m.file.replace(/^file:\/\//, ''), 'utf8').split('\n') : [];
    } catch {
      m.code = [];
    }
  }
  return m.code;
}

/** The index just past the bracket that closes the one at `open` in JS text `s`, skipping
 *  string literals; -1 when it does not close on this line. */
function closingBracket(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i]!;
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < s.length && s[i] !== c; i++) if (s[i] === '\\') i++;
    } else if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      if (--depth === 0) return i + 1;
    }
  }
  return -1;
}

/** The Python column where the call V8 reports at JS column `col` ends: the generator marks the
 *  end of each node with a segment at the node's last JS column. */
function callEnd(m: LoadedMap, segs: Segment[], jsLine: number, col: number, start: Segment): number | null {
  const s = bundleLines(m)[jsLine];
  if (s === undefined) return null;
  let i = col;
  while (i < s.length && /[\w$]/.test(s[i]!)) i++;
  if (s[i] !== '(') return null;
  const end = closingBracket(s, i);
  if (end < 0) return null;
  for (const seg of segs) {
    if (seg.col === end && seg.source === start.source && seg.line === start.line && seg.pcol > start.pcol) return seg.pcol;
  }
  return null;
}

function sourceLine(m: LoadedMap, source: number, line: number): string | null {
  let lines = m.sourceLines.get(source);
  if (lines === undefined) {
    const content = m.raw.sourcesContent?.[source] ?? null;
    if (content === null) return null;
    lines = content.split('\n');
    m.sourceLines.set(source, lines);
  }
  return lines[line] ?? null;
}

/** The Python position of JS position (file, 1-based line, 1-based column) in the bundle, or
 *  null when it is not compiled Python code. */
export function mapPosition(file: string, line: number, column: number): PyPosition | null {
  const m = registered;
  if (m === null || !sameFile(file, m.file)) return null;
  m.lines ??= decodeMappings(m.raw.mappings);
  const segs = m.lines[line - 1];
  if (segs === undefined || segs.length === 0) return null;
  const col = column - 1;
  let found: Segment | null = null;
  for (const s of segs) {
    if (s.col > col) break;
    found = s;
  }
  found ??= segs[0]!;
  const source = m.raw.sources[found.source];
  if (source === undefined || !source.endsWith('.py')) return null;
  const text = sourceLine(m, found.source, found.line);
  return { file: source, line: found.line + 1, text, col: found.pcol, endCol: callEnd(m, segs, line - 1, col, found) };
}
