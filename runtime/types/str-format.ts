// str.format / str.format_map: replacement fields with auto/manual numbering, attribute and
// index chains, conversions and nested format specs, with CPython's errors.
import { getattr } from '../core/attributes.js';
import { exc, raise } from '../core/exceptions.js';
import { getitem } from './../ops/subscript.js';
import { format } from '../ops/format.js';
import { ascii, repr, str } from '../ops/repr.js';

/** Where field values come from: positional args and a mapping (kwargs or format_map's). */
interface FieldSource {
  args: ArrayLike<unknown>;
  mapping: unknown;
  auto: number;
  /** 0 unknown yet, 1 automatic numbering, 2 manual. */
  numbering: number;
}

function fieldValue(src: FieldSource, name: string): unknown {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let value: unknown;
  if (first === '' || /^\d+$/.test(first)) {
    let index: number;
    if (first === '') {
      if (src.numbering === 2) raise(exc.ValueError!, 'cannot switch from manual field specification to automatic field numbering');
      src.numbering = 1;
      index = src.auto++;
    } else {
      if (src.numbering === 1) raise(exc.ValueError!, 'cannot switch from automatic field numbering to manual field specification');
      src.numbering = 2;
      index = Number(first);
    }
    if (index >= src.args.length) raise(exc.IndexError!, `Replacement index ${index} out of range for positional args tuple`);
    value = src.args[index];
  } else {
    if (src.mapping === null) raise(exc.KeyError!, first);
    value = getitem(src.mapping, first);
  }
  while (i < name.length) {
    if (name[i] === '.') {
      let j = i + 1;
      while (j < name.length && name[j] !== '.' && name[j] !== '[') j++;
      const attr = name.slice(i + 1, j);
      if (attr === '') raise(exc.ValueError!, 'Empty attribute in format string');
      value = getattr(value, attr);
      i = j;
    } else {
      const close = name.indexOf(']', i);
      if (close < 0) raise(exc.ValueError!, "Missing ']' in format string");
      const key = name.slice(i + 1, close);
      if (key === '') raise(exc.ValueError!, 'Empty attribute in format string');
      value = getitem(value, /^\d+$/.test(key) ? Number(key) : key);
      i = close + 1;
      if (i < name.length && name[i] !== '.' && name[i] !== '[') {
        raise(exc.ValueError!, 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
      }
    }
  }
  return value;
}

function convert(v: unknown, conversion: string): unknown {
  switch (conversion) {
    case '': return v;
    case 'r': return repr(v);
    case 's': return str(v);
    case 'a': return ascii(v);
    default: raise(exc.ValueError!, `Unknown conversion specifier ${conversion}`);
  }
}

/** The end of a replacement field starting after `{` at `start`, honouring nested braces and
 *  brackets (a `]`-delimited key may contain braces). */
function fieldEnd(fmt: string, start: number): number {
  let depth = 1;
  let inBracket = false;
  for (let i = start; i < fmt.length; i++) {
    const c = fmt[i];
    if (inBracket) { if (c === ']') inBracket = false; continue; }
    if (c === '[') inBracket = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  raise(exc.ValueError!, "expected '}' before end of string");
}

function render(fmt: string, src: FieldSource, depth: number): string {
  if (depth > 2) raise(exc.ValueError!, 'Max string recursion exceeded');
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i]!;
    if (c === '{') {
      if (fmt[i + 1] === '{') { out += '{'; i += 2; continue; }
      const end = fieldEnd(fmt, i + 1);
      out += renderField(fmt.slice(i + 1, end), src, depth);
      i = end + 1;
    } else if (c === '}') {
      if (fmt[i + 1] !== '}') raise(exc.ValueError!, "Single '}' encountered in format string");
      out += '}';
      i += 2;
    } else {
      const next = fmt.slice(i).search(/[{}]/);
      const stop = next < 0 ? fmt.length : i + next;
      out += fmt.slice(i, stop);
      i = stop;
    }
  }
  return out;
}

function renderField(field: string, src: FieldSource, depth: number): string {
  let i = 0;
  let inBracket = false;
  while (i < field.length) {
    const c = field[i];
    if (inBracket) { if (c === ']') inBracket = false; } else if (c === '[') inBracket = true;
    else if (c === '!' || c === ':') break;
    i++;
  }
  const name = field.slice(0, i);
  let conversion = '';
  if (field[i] === '!') {
    conversion = field[i + 1] ?? '';
    if (conversion === '') raise(exc.ValueError!, 'end of string while looking for conversion specifier');
    i += 2;
    if (i < field.length && field[i] !== ':') raise(exc.ValueError!, 'expected \':\' after conversion specifier');
  }
  // The field's own value is looked up before the fields nested in its spec (auto-numbering order).
  const value = convert(fieldValue(src, name), conversion);
  const spec = field[i] === ':' ? render(field.slice(i + 1), src, depth + 1) : '';
  return format(value, spec);
}

/** str.format(*args, **kwargs); `kwargs` is a dict or null. */
export function strFormat(fmt: string, args: ArrayLike<unknown>, kwargs: unknown): string {
  if (fmt.indexOf('{') < 0 && fmt.indexOf('}') < 0) return fmt;
  return render(fmt, { args, mapping: kwargs, auto: 0, numbering: 0 }, 0);
}

/** str.format_map(mapping). */
export function strFormatMap(fmt: string, mapping: unknown): string {
  return render(fmt, { args: [], mapping, auto: 0, numbering: 0 }, 0);
}
