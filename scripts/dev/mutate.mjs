// Small deterministic edits that usually turn valid Python into a syntax error, for error parity.

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same mutations. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters whose insertion breaks code in the ways people do: brackets, quotes, colons, layout. */
const INSERTED = [':', '(', ')', '[', ']', '{', '}', '=', ',', '"', "'", '\\', '.', '*', 'x', '1', ' ', '\t', '\n', '$', '?'];

/**
 * One mutation of `text` chosen by `random`: deleting a character, inserting one, re-indenting a
 * line or dropping a line's colon. Returns the new text and what was done.
 */
export function mutate(text, random) {
  const pick = (n) => Math.floor(random() * n);
  const lines = text.split('\n');
  const kind = pick(4);
  if (kind === 0) {
    // Deleting a space rarely changes anything; aim at the other characters.
    const positions = [];
    for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i])) positions.push(i);
    if (positions.length === 0) return { text: text + ')', edit: 'appended )' };
    const at = positions[pick(positions.length)];
    return { text: text.slice(0, at) + text.slice(at + 1), edit: `deleted ${JSON.stringify(text[at])} at offset ${at}` };
  }
  if (kind === 1) {
    const at = pick(text.length + 1);
    const char = INSERTED[pick(INSERTED.length)];
    return { text: text.slice(0, at) + char + text.slice(at), edit: `inserted ${JSON.stringify(char)} at offset ${at}` };
  }
  const codeLines = lines.map((line, i) => i).filter((i) => lines[i].trim() !== '' && !lines[i].trim().startsWith('#'));
  if (codeLines.length === 0) return { text: text + '\n  x\n', edit: 'appended an indented line' };
  const index = codeLines[pick(codeLines.length)];
  const line = lines[index];
  if (kind === 2) {
    const indent = /^[ \t]*/.exec(line)[0];
    const changed = indent.length > 0 && random() < 0.5 ? line.slice(1) : (random() < 0.5 ? '\t' : '  ') + line;
    lines[index] = changed;
    return { text: lines.join('\n'), edit: `re-indented line ${index + 1}` };
  }
  const colon = line.lastIndexOf(':');
  if (colon < 0) {
    lines[index] = line + ':';
    return { text: lines.join('\n'), edit: `added a colon to line ${index + 1}` };
  }
  lines[index] = line.slice(0, colon) + line.slice(colon + 1);
  return { text: lines.join('\n'), edit: `removed the last colon of line ${index + 1}` };
}
