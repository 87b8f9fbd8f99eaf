// The source as code points plus a table from code-point index to CPython's (line, UTF-8 byte column).

/** Bytes the code point takes in UTF-8. */
export function utf8Length(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * antlr4ng's CharStream indexes code points, CPython reports UTF-8 byte columns: every token
 * position goes through this table. Index `length` (end of input) is valid too.
 */
export class SourceText {
  readonly codePoints: Uint32Array;
  /** 1-based line of each code point (and of the end of input). */
  readonly lineOf: Int32Array;
  /** 0-based UTF-8 byte column of each code point. */
  readonly colOf: Int32Array;
  /** Code-point index where each line starts; lineStarts[0] is line 1. */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    // Sized for the UTF-16 length; surrogate pairs make the code-point count smaller.
    const buffer = new Uint32Array(text.length);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          buffer[n++] = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          i++;
          continue;
        }
      }
      buffer[n++] = c;
    }
    const cps = n === text.length ? buffer : buffer.slice(0, n);
    this.codePoints = cps;
    this.lineOf = new Int32Array(n + 1);
    this.colOf = new Int32Array(n + 1);
    this.lineStarts = [0];
    let line = 1;
    let col = 0;
    for (let i = 0; i < n; i++) {
      this.lineOf[i] = line;
      this.colOf[i] = col;
      const c = cps[i];
      if (c === 10 || (c === 13 && cps[i + 1] !== 10)) {
        line++;
        col = 0;
        this.lineStarts.push(i + 1);
      } else {
        col += utf8Length(c);
      }
    }
    this.lineOf[n] = line;
    this.colOf[n] = col;
  }

  get length(): number {
    return this.codePoints.length;
  }

  /** The text of code points [start, end). */
  slice(start: number, end: number): string {
    let s = '';
    for (let i = start; i < end; i += 4096) {
      s += String.fromCodePoint(...this.codePoints.subarray(i, Math.min(end, i + 4096)));
    }
    return s;
  }

  /** Column just after the code point at `index` (an end position). */
  endCol(index: number): number {
    return this.colOf[index] + utf8Length(this.codePoints[index]);
  }

  /** The text of 1-based line `line` without its line break. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1] ?? this.length;
    let end = this.lineStarts[line] ?? this.length;
    while (end > start && (this.codePoints[end - 1] === 10 || this.codePoints[end - 1] === 13)) end--;
    return this.slice(start, end);
  }
}
