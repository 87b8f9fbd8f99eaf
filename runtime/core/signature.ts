// Parameter specs shared by compiled Python functions and builtins, and a parser for the
// signature strings builtins are declared with ("split(self, /, sep=None, maxsplit=-1)").

/** How a callable takes its arguments; the binder (runtime/core/call.ts) reads this. */
export interface ParamSpec {
  name: string;
  /** Positional-only parameter names. */
  posonly: string[];
  /** Positional-or-keyword parameter names. */
  args: string[];
  /** Name of `*args`, or null. */
  vararg: string | null;
  /** Keyword-only parameter names. */
  kwonly: string[];
  /** Name of `**kwargs`, or null. */
  kwarg: string | null;
  /** Defaults of the last positional parameters (Python values). */
  defaults: unknown[];
  /** Defaults of keyword-only parameters by name. */
  kwdefaults: Record<string, unknown>;
}

function parseDefault(text: string): unknown {
  if (text === 'None') return null;
  if (text === 'True') return true;
  if (text === 'False') return false;
  if (/^-?\d+$/.test(text)) return Number(text);
  const q = text[0];
  if ((q === "'" || q === '"') && text.endsWith(q)) return text.slice(1, -1);
  throw new Error(`unsupported default in builtin signature: ${text}`);
}

/** Parse "name(a, b=1, /, c=None, *args, d, **kw)" into a ParamSpec. Only None, True, False,
 *  ints and plain quoted strings are allowed as defaults. */
export function parseSignature(sig: string): ParamSpec {
  const m = /^\s*([\w.]+)\s*\((.*)\)\s*$/.exec(sig);
  if (!m) throw new Error(`bad builtin signature: ${sig}`);
  const spec: ParamSpec = { name: m[1]!, posonly: [], args: [], vararg: null, kwonly: [], kwarg: null, defaults: [], kwdefaults: {} };
  let kwOnly = false;
  const parts = m[2]!.split(',').map((p) => p.trim()).filter(Boolean);
  for (const p of parts) {
    if (p === '/') { spec.posonly = spec.args; spec.args = []; continue; }
    if (p === '*') { kwOnly = true; continue; }
    if (p.startsWith('**')) { spec.kwarg = p.slice(2); continue; }
    if (p.startsWith('*')) { spec.vararg = p.slice(1); kwOnly = true; continue; }
    const eq = p.indexOf('=');
    const name = eq < 0 ? p : p.slice(0, eq).trim();
    if (kwOnly) {
      spec.kwonly.push(name);
      if (eq >= 0) spec.kwdefaults[name] = parseDefault(p.slice(eq + 1).trim());
    } else {
      spec.args.push(name);
      if (eq >= 0) spec.defaults.push(parseDefault(p.slice(eq + 1).trim()));
    }
  }
  return spec;
}
