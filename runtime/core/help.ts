// help(obj): pydoc's plain-text rendering of functions and classes (signatures, docstrings, the
// attribute sections of a class grouped by kind and by the class that defines them).
import { keyName } from './namespace.js';
import { objectType, typeOf, PyType } from './type.js';
import { PyClassMethod, PyProperty, PyStaticMethod, isNativeDescriptor } from './descriptors.js';
import type { PyFunction } from './function.js';
import { repr, str } from '../ops/repr.js';
import { stdoutWrite } from '../system/stdio.js';

/** Dunder names pydoc leaves out. */
const HIDDEN = new Set(['__builtins__', '__doc__', '__module__', '__name__', '__qualname__', '__slots__', '__package__',
  '__loader__', '__spec__', '__file__', '__cached__', '__path__', '__author__', '__credits__', '__date__', '__version__']);

const RULE = '-'.repeat(70);

function visible(name: string): boolean {
  if (name.startsWith('__') && name.endsWith('__')) return !HIDDEN.has(name);
  return !name.startsWith('_');
}

function isPyFunction(v: unknown): v is PyFunction {
  return typeof v === 'function' && (v as { $spec?: unknown }).$spec !== undefined && (v as { $builtin?: boolean }).$builtin === false;
}

/** `(a, b=1, /, c, *args, d, **kw)` from a function's spec, skipping the first `skip` parameters. */
function signature(f: PyFunction, skip: number): string {
  const spec = f.$spec;
  const defs = f.$builtin ? [] : [...(f.$defaults ?? [])];
  const positional = [...spec.posonly, ...spec.args];
  const firstDefault = positional.length - defs.length;
  const parts: string[] = [];
  positional.forEach((p, i) => {
    if (i >= skip) parts.push(i >= firstDefault ? `${p}=${repr(defs[i - firstDefault])}` : p);
    if (i === spec.posonly.length - 1 && i >= skip) parts.push('/');
  });
  if (spec.vararg !== null) parts.push('*' + spec.vararg);
  else if (spec.kwonly.length > 0) parts.push('*');
  const kwdefs = f.$builtin ? null : f.$kwdefaults;
  for (const k of spec.kwonly) parts.push(kwdefs && k in kwdefs ? `${k}=${repr(kwdefs[k])}` : k);
  if (spec.kwarg !== null) parts.push('**' + spec.kwarg);
  return `(${parts.join(', ')})`;
}

function docOf(v: unknown): string | null {
  let d: unknown;
  if (isPyFunction(v)) d = (v as { $doc?: unknown }).$doc;
  else if (v instanceof PyProperty) d = v.doc;
  else if (v instanceof PyType) d = v.$dict.__doc__;
  return typeof d === 'string' && d.length > 0 ? d : null;
}

function indent(text: string, by: string): string[] {
  return text.split('\n').map((l) => (l.length > 0 ? by + l : by.trimEnd()));
}

function qualifiedName(t: PyType): string {
  const mod = typeof t.$dict.__module__ === 'string' ? t.$dict.__module__ : t.$module;
  return mod === '__main__' ? t.$qualname : `${mod}.${t.$qualname}`;
}

type Kind = 'Methods' | 'Class methods' | 'Static methods' | 'Readonly properties' | 'Data descriptors' | 'Data and other attributes';
const KINDS: Kind[] = ['Methods', 'Class methods', 'Static methods', 'Readonly properties', 'Data descriptors', 'Data and other attributes'];

function kindOf(v: unknown): Kind {
  if (isPyFunction(v)) return 'Methods';
  if (v instanceof PyClassMethod) return 'Class methods';
  if (v instanceof PyStaticMethod) return 'Static methods';
  if (v instanceof PyProperty) return v.fset === null && v.fdel === null ? 'Readonly properties' : 'Data descriptors';
  if (isNativeDescriptor(v) && v.$descSet !== undefined) return 'Data descriptors';
  return 'Data and other attributes';
}

/** The lines describing one class attribute. */
function attributeLines(name: string, v: unknown, cls: PyType): string[] {
  if (isPyFunction(v)) return [name + signature(v, 0), ...(docOf(v) ? indent(docOf(v)!, '    ') : [])];
  if (v instanceof PyClassMethod && isPyFunction(v.$func)) {
    return [`${name}${signature(v.$func, 1)} from ${qualifiedName(typeOf(cls))}`, ...(docOf(v.$func) ? indent(docOf(v.$func)!, '    ') : [])];
  }
  if (v instanceof PyStaticMethod && isPyFunction(v.$func)) {
    return [name + signature(v.$func, 0), ...(docOf(v.$func) ? indent(docOf(v.$func)!, '    ') : [])];
  }
  if (v instanceof PyProperty) return [name, ...(docOf(v) ? indent(docOf(v)!, '    ') : [])];
  if (name === '__dict__') return [name, '    dictionary for instance variables'];
  if (name === '__weakref__') return [name, '    list of weak references to the object'];
  if (isNativeDescriptor(v)) return [name];
  return [`${name} = ${repr(v)}`];
}

function classLines(t: PyType): string[] {
  const bases = t.$bases.map((b) => (b.$module === '__main__' || b.$dict.__module__ === '__main__' ? b.$qualname : qualifiedName(b))).join(', ');
  const body: string[] = [];
  const init = t.$mro.find((c) => c.$dict.__init__ !== undefined)?.$dict.__init__;
  if (isPyFunction(init)) body.push(t.$name + signature(init, 1), '');
  const doc = docOf(t);
  if (doc !== null) body.push(...doc.split('\n'), '');
  const mro = t.$mro.filter((c) => c !== objectType);
  if (t.$bases.some((b) => b !== objectType)) {
    body.push('Method resolution order:', ...t.$mro.map((c) => '    ' + (c.$module === 'builtins' ? `builtins.${c.$name}` : c.$qualname)), '');
  }
  const seen = new Set<string>();
  const sections: string[][] = [];
  for (const owner of mro) {
    const byKind = new Map<Kind, [string, unknown][]>();
    for (const key of Object.keys(owner.$dict)) {
      const name = keyName(key);
      if (name === null || seen.has(name)) continue;
      seen.add(name);
      if (!visible(name)) continue;
      const v = owner.$dict[key];
      const kind = kindOf(v);
      if (!byKind.has(kind)) byKind.set(kind, []);
      byKind.get(kind)!.push([name, v]);
    }
    for (const kind of KINDS) {
      const items = byKind.get(kind);
      if (!items) continue;
      items.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      const where = owner === t ? 'defined here' : `inherited from ${owner.$qualname}`;
      const lines = [`${kind} ${where}:`, ''];
      items.forEach(([name, v], i) => {
        lines.push(...attributeLines(name, v, t));
        if (i < items.length - 1) lines.push('');
      });
      sections.push(lines);
    }
  }
  sections.forEach((s, i) => {
    if (i > 0) body.push('', RULE);
    body.push(...s);
  });
  while (body.length > 0 && body[body.length - 1] === '') body.pop();
  return [`class ${t.$name}(${bases})`, ...body.map((l) => (l === '' ? ' |  ' : ' |  ' + l))];
}

/** help(v) as text. */
export function helpText(v: unknown): string {
  if (v instanceof PyType) {
    const mod = typeof v.$dict.__module__ === 'string' ? v.$dict.__module__ : v.$module;
    return [`Help on class ${v.$name} in module ${mod}:`, '', ...classLines(v), ''].join('\n') + '\n';
  }
  if (isPyFunction(v) && !v.$builtin) {
    const mod = (v as { $module?: unknown }).$module;
    const head = `Help on function ${v.$name}${typeof mod === 'string' ? ` in module ${mod}` : ''}:`;
    const doc = docOf(v);
    return [head, '', v.$name + signature(v, 0), ...(doc ? indent(doc, '    ') : []), ''].join('\n') + '\n';
  }
  return `Help on ${typeOf(v).$name} object:\n\n${str(v)}\n\n`;
}

/** The `help` builtin. */
export function help(v: unknown): null {
  stdoutWrite(helpText(v));
  return null;
}
