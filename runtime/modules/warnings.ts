// The `warnings` module: warn() with CPython's default filters and actions, filterwarnings,
// simplefilter, resetwarnings, catch_warnings, formatwarning and showwarning.
import { exc, isPyException, raise } from '../core/exceptions.js';
import { builtinFunction, defineMethods } from '../core/function.js';
import { defineGetSet } from '../core/descriptors.js';
import { newBuiltinType, objectType, PyType, typeOf } from '../core/type.js';
import { call, callKw } from '../core/call.js';
import { str } from '../ops/repr.js';
import { registerBuiltinModule, sysModules, PyModule } from '../system/modules.js';
import { currentPythonFrames } from '../system/traceback.js';
import { stderrWrite } from '../system/stdio.js';

type Action = 'default' | 'error' | 'ignore' | 'always' | 'module' | 'once';
interface Filter { action: Action; message: RegExp | null; category: PyType; module: RegExp | null; lineno: number }

const ACTIONS = new Set(['default', 'error', 'ignore', 'always', 'module', 'once']);
const W = (name: string) => exc[name]!;

function defaultFilters(): Filter[] {
  const f = (action: Action, category: string, module: RegExp | null = null): Filter => ({ action, message: null, category: W(category), module, lineno: 0 });
  return [f('default', 'DeprecationWarning', /^__main__$/), f('ignore', 'DeprecationWarning'), f('ignore', 'PendingDeprecationWarning'),
    f('ignore', 'ImportWarning'), f('ignore', 'ResourceWarning')];
}

let filters: Filter[] = defaultFilters();
/** Warnings already shown, for the 'default', 'module' and 'once' actions. */
const shown = new Set<string>();
let warningsModule: PyModule | null = null;

function filtersChanged(): void {
  shown.clear();
}

/** A record of one warning (what catch_warnings(record=True) collects). */
class WarningMessage {
  declare $cls: PyType;
  constructor(readonly $fields: Record<string, unknown>) {}
}
const warningMessageType = newBuiltinType('WarningMessage', objectType, 'warnings', WarningMessage as unknown as new () => object);
for (const name of ['message', 'category', 'filename', 'lineno', 'file', 'line', 'source']) {
  defineGetSet(warningMessageType, name, (w: WarningMessage) => w.$fields[name] ?? null);
}
defineMethods(warningMessageType, {
  '__str__(self)': (w: WarningMessage) => `{message : ${str(w.$fields.message)}, category : '${(w.$fields.category as PyType).$name}', filename : '${str(w.$fields.filename)}', lineno : ${str(w.$fields.lineno)}, line : ${str(w.$fields.line ?? null)}}`,
});

function formatWarning(message: unknown, category: PyType, filename: string, lineno: number, line: unknown): string {
  const text = `${filename}:${lineno}: ${category.$name}: ${str(message)}\n`;
  return typeof line === 'string' && line.trim() !== '' ? `${text}  ${line.trim()}\n` : text;
}

/** The module name a file belongs to, for filters that name modules. */
function moduleNameOf(file: string): string {
  for (const [name, m] of sysModules.$entryIter()) {
    if (m instanceof PyModule && m.$d.__file__ === file) return String(name);
  }
  return file.replace(/^.*\//, '').replace(/\.py$/, '');
}

function issue(message: unknown, categoryArg: unknown, stacklevel: number, below: Function): void {
  let category: PyType;
  let instance: unknown;
  if (isPyException(message) && message.$cls.$mro.includes(W('Warning'))) {
    category = message.$cls;
    instance = message;
  } else {
    category = categoryArg === undefined || categoryArg === null ? W('UserWarning') : categoryArg as PyType;
    if (!(category instanceof PyType) || !category.$mro.includes(W('Warning'))) {
      raise(exc.TypeError!, `category must be a Warning subclass, not '${typeOf(categoryArg).$name}'`);
    }
    instance = call(category, message);
  }
  const text = str(instance);
  const frames = currentPythonFrames(below);
  const frame = frames[frames.length - Math.max(1, stacklevel)];
  const filename = frame?.file ?? 'sys';
  const lineno = frame?.line ?? 1;
  const module = frame === undefined ? 'sys' : moduleNameOf(frame.file);
  const filter = filters.find((f) => (f.message === null || f.message.test(text)) && category.$mro.includes(f.category)
    && (f.module === null || f.module.test(module)) && (f.lineno === 0 || f.lineno === lineno));
  const action: Action = filter?.action ?? 'default';
  if (action === 'ignore') return;
  if (action === 'error') throw instance;
  const key = action === 'once' ? `once\0${text}\0${category.$name}`
    : action === 'module' ? `module\0${module}\0${text}\0${category.$name}`
      : `default\0${module}\0${text}\0${category.$name}\0${lineno}`;
  if (action !== 'always') {
    if (shown.has(key)) return;
    shown.add(key);
  }
  const show = warningsModule!.$d.showwarning;
  callKw(show, [instance, category, filename, lineno], ['line'], [frame?.text ?? null]);
}

function regexArg(v: unknown, ignoreCase: boolean): RegExp | null {
  if (v === undefined || v === null || v === '') return null;
  return new RegExp(`^(?:${String(v)})`, ignoreCase ? 'i' : '');
}

function actionArg(a: unknown): Action {
  if (typeof a !== 'string' || !ACTIONS.has(a)) raise(exc.ValueError!, `invalid action: ${str(a)}`);
  return a as Action;
}

/** catch_warnings(record=False): filters and showwarning are restored on exit. */
class CatchWarnings { declare $cls: PyType; $record = false; $saved: [Filter[], unknown] | null = null; }
const catchWarningsType = newBuiltinType('catch_warnings', objectType, 'warnings', CatchWarnings);
defineMethods(catchWarningsType, {
  '__new__(cls, *, record=False, module=None)': (cls: PyType, record: unknown) => {
    const c = new cls.$ctor() as CatchWarnings;
    c.$record = record === true;
    return c;
  },
  '__enter__(self)': (self: CatchWarnings) => {
    const d = warningsModule!.$d;
    self.$saved = [filters.slice(), d.showwarning];
    filtersChanged();
    if (!self.$record) return null;
    const log: unknown[] = [];
    d.showwarning = builtinFunction('showwarning(message, category, filename, lineno, file=None, line=None)',
      (message: unknown, category: unknown, filename: unknown, lineno: unknown, file: unknown, line: unknown) => {
        log.push(new WarningMessage({ message, category, filename, lineno, file, line }));
        return null;
      });
    return log;
  },
  '__exit__(self, *excinfo)': (self: CatchWarnings) => {
    if (self.$saved !== null) {
      [filters, warningsModule!.$d.showwarning] = self.$saved;
      filtersChanged();
    }
    return null;
  },
});

registerBuiltinModule('warnings', (m) => {
  warningsModule = m;
  const d = m.$d;
  d.warn = builtinFunction('warn(message, category=None, stacklevel=1, source=None)',
    function warn(message: unknown, category: unknown, stacklevel: unknown) {
      issue(message, category, typeof stacklevel === 'number' ? stacklevel : 1, warn);
      return null;
    });
  d.formatwarning = builtinFunction('formatwarning(message, category, filename, lineno, line=None)',
    (message: unknown, category: PyType, filename: unknown, lineno: unknown, line: unknown) =>
      formatWarning(message, category, str(filename), Number(lineno), line));
  d.showwarning = builtinFunction('showwarning(message, category, filename, lineno, file=None, line=None)',
    (message: unknown, category: PyType, filename: unknown, lineno: unknown, file: unknown, line: unknown) => {
      const text = formatWarning(message, category, str(filename), Number(lineno), line);
      if (file === undefined || file === null) stderrWrite(text);
      else call((file as { write?: unknown }).write ?? null, text);
      return null;
    });
  d.filterwarnings = builtinFunction('filterwarnings(action, message=\'\', category=None, module=\'\', lineno=0, append=False)',
    (action: unknown, message: unknown, category: unknown, module: unknown, lineno: unknown, append: unknown) => {
      const f: Filter = { action: actionArg(action), message: regexArg(message, true), category: (category as PyType | null) ?? W('Warning'),
        module: regexArg(module, false), lineno: typeof lineno === 'number' ? lineno : 0 };
      if (append === true) filters.push(f);
      else filters.unshift(f);
      filtersChanged();
      return null;
    });
  d.simplefilter = builtinFunction('simplefilter(action, category=None, lineno=0, append=False)',
    (action: unknown, category: unknown, lineno: unknown, append: unknown) => {
      const f: Filter = { action: actionArg(action), message: null, category: (category as PyType | null) ?? W('Warning'), module: null,
        lineno: typeof lineno === 'number' ? lineno : 0 };
      if (append === true) filters.push(f);
      else filters.unshift(f);
      filtersChanged();
      return null;
    });
  d.resetwarnings = builtinFunction('resetwarnings()', () => {
    filters = [];
    filtersChanged();
    return null;
  });
  d.catch_warnings = catchWarningsType;
  d.WarningMessage = warningMessageType;
});

