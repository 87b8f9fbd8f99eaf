// The caret line CPython 3.11 prints under a traceback's source line: `^` under the failing
// expression, or `~` around the `^` of a binary operator or a subscript's brackets.

interface Token { text: string; start: number; depth: number; kind: 'operand' | 'op' | 'open' | 'close' | 'keyword' }

const KEYWORDS = new Set(['lambda', 'if', 'else', 'or', 'and', 'not', 'in', 'is', 'await', 'yield', 'for', 'async']);
const OPERATORS = ['**', '//', '<<', '>>', '<=', '>=', '==', '!=', ':=', '->', '+', '-', '*', '/', '%', '@', '|', '^', '&', '~', '<', '>', ',', ':', '.', '='];
/** Binary operators by precedence, lowest first (the root of an expression is the loosest). */
const BINARY_LEVELS = [['|'], ['^'], ['&'], ['<<', '>>'], ['+', '-'], ['*', '/', '//', '%', '@'], ['**']];

/** Tokens of one line of Python, with their bracket depth; null when it does not scan. */
function tokenize(s: string): Token[] | null {
  const out: Token[] = [];
  let depth = 0;
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === ' ' || c === '\t') { i++; continue; }
    const str = /^[rRbBuUfF]{0,2}(['"])/.exec(s.slice(i, i + 3));
    if (str) {
      const q = str[1]!;
      const triple = s.startsWith(q.repeat(3), i + str[0].length - 1);
      const close = triple ? q.repeat(3) : q;
      let j = i + str[0].length - 1 + close.length;
      while (j < s.length && !s.startsWith(close, j)) j += s[j] === '\\' ? 2 : 1;
      if (j >= s.length) return null;
      out.push({ text: s.slice(i, j + close.length), start: i, depth, kind: 'operand' });
      i = j + close.length;
      continue;
    }
    const word = /^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*|^\d[\w.]*/.exec(s.slice(i));
    if (word) {
      out.push({ text: word[0], start: i, depth, kind: KEYWORDS.has(word[0]) ? 'keyword' : 'operand' });
      i += word[0].length;
      continue;
    }
    if ('([{'.includes(c)) { out.push({ text: c, start: i, depth, kind: 'open' }); depth++; i++; continue; }
    if (')]}'.includes(c)) { depth--; out.push({ text: c, start: i, depth, kind: 'close' }); i++; continue; }
    const op = OPERATORS.find((o) => s.startsWith(o, i));
    if (op === undefined) return null;
    out.push({ text: op, start: i, depth, kind: 'op' });
    i += op.length;
  }
  return depth === 0 ? out : null;
}

/** Does the token before index `k` end an operand (so a following `+`/`-` is binary)? */
function endsOperand(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return prev !== undefined && (prev.kind === 'operand' || prev.kind === 'close');
}

/** CPython's anchors within `segment`: [start, end) of the `^` part when the expression is a
 *  binary operation (its operator) or a subscript (its brackets); null otherwise. */
export function caretAnchors(segment: string): [number, number] | null {
  const tokens = tokenize(segment);
  if (tokens === null || tokens.length === 0) return null;
  const top = tokens.map((t, k) => [t, k] as const).filter(([t]) => t.depth === 0);
  // Anything looser than a binary operator at the top makes the root something else.
  if (top.some(([t]) => t.kind === 'keyword' || (t.kind === 'op' && [',', ':', ':=', '=', '<', '>', '<=', '>=', '==', '!=', '->'].includes(t.text)))) return null;
  for (const level of BINARY_LEVELS) {
    const ops = top.filter(([t, k]) => t.kind === 'op' && level.includes(t.text) && endsOperand(tokens, k));
    if (ops.length === 0) continue;
    const [op] = level[0] === '**' ? ops[0]! : ops[ops.length - 1]!;
    return [op.start, op.start + op.text.length];
  }
  const last = tokens[tokens.length - 1]!;
  if (last.text !== ']' || last.depth !== 0) return null;
  const openIndex = tokens.findLastIndex((t) => t.text === '[' && t.depth === 0);
  if (openIndex <= 0 || !endsOperand(tokens, openIndex)) return null;
  if (top.some(([t]) => t.kind === 'op' && t.text !== '.')) return null;
  return [tokens[openIndex]!.start, segment.length];
}

/** The caret line for `line` when columns [col, endCol) failed, or null when CPython prints none
 *  (the expression is the whole line and has no operator to point at). */
export function caretLine(line: string, col: number, endCol: number): string | null {
  if (endCol <= col || endCol > line.length) return null;
  const stripped = line.trim();
  const lead = line.length - line.trimStart().length;
  const anchors = caretAnchors(line.slice(col, endCol));
  if (endCol - col >= stripped.length && !(anchors !== null && anchors[1] > anchors[0])) return null;
  let out = '    ' + ' '.repeat(Math.max(0, col - lead));
  for (let i = 0; i < endCol - col; i++) {
    out += anchors === null || (i >= anchors[0] && i < anchors[1]) ? '^' : '~';
  }
  return out;
}
