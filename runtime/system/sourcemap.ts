// The bundle's source map: registered by the bundle, decoded on first use to map JS stack
// positions back to .py files, lines and source text.

interface RawSourceMap {
  sources: string[];
  sourcesContent?: (string | null)[];
  mappings: string;
  sourceRoot?: string;
}

/** One decoded mapping segment: generated column -> source index, source line (0-based). */
interface Segment { col: number; source: number; line: number }

interface LoadedMap {
  /** The bundle file as stack frames name it (a path or a file: URL). */
  file: string;
  raw: RawSourceMap;
  lines: Segment[][] | null;
}

let registered: LoadedMap | null = null;

/** A position in Python source. */
export interface PyPosition { file: string; line: number; text: string | null }

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
  registered = { file: callerFile(), raw, lines: null };
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
      current.push({ col, source, line });
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
  void srcCol; void name;
  return lines;
}

function sameFile(frameFile: string, bundleFile: string): boolean {
  if (frameFile === bundleFile) return true;
  const strip = (f: string) => f.replace(/^file:\/\//, '');
  return strip(frameFile) === strip(bundleFile);
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
  const content = m.raw.sourcesContent?.[found.source] ?? null;
  const text = content === null ? null : content.split('\n')[found.line] ?? null;
  return { file: source, line: found.line + 1, text };
}
