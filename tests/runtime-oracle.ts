// CPython as the oracle of the runtime unit tests: fixture files under fixtures/runtime/<area>/
// hold one Python expression per line; python3 evaluates them all in one process and each line's
// result (or raised exception) is compared with what the runtime computes for the same line.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as $ from '../runtime/index.js';
import { BytesConstant, ImaginaryConstant } from '../src/ast/constant.js';
import type * as A from '../src/ast/index.js';
import { parseModule } from '../src/parse/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** One fixture line and what CPython made of it: `repr` of the result, or `Error: message`. */
export interface OracleCase { file: string; line: number; expr: string; expected: string }

const EVALUATOR = String.raw`
import json, math, sys
out = []
for line in json.load(sys.stdin):
    try:
        out.append(repr(eval(line, {'math': math})))
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e))
print(json.dumps(out))
`;

/** Every non-blank, non-comment line of the .txt files under fixtures/runtime/<area>, with the
 *  repr (or the exception) CPython gives for it. */
export function oracleCases(area: string): OracleCase[] {
  const dir = join(root, 'fixtures/runtime', area);
  const cases: Omit<OracleCase, 'expected'>[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    readFileSync(join(dir, name), 'utf8').split('\n').forEach((text, i) => {
      if (text.trim() !== '' && !text.startsWith('#')) cases.push({ file: name, line: i + 1, expr: text });
    });
  }
  // The hash of str depends on the seed; the runtime reproduces CPython's with seed 0.
  const env = { ...process.env, PYTHONHASHSEED: '0' };
  const run = spawnSync('python3', ['-c', EVALUATOR], { input: JSON.stringify(cases.map((c) => c.expr)), encoding: 'utf8', env });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  const results = JSON.parse(run.stdout) as string[];
  return cases.map((c, i) => ({ ...c, expected: results[i]! }));
}

/** Evaluates one expression of a fixture line with the runtime imported from source (parsed by
 *  our parser): literals, operators, comparisons, calls of builtins and methods, attributes,
 *  subscripts and `math.<name>`. The result is what `repr` gives, or `Type: message`. */
export function runtimeResult(expr: string): string {
  try {
    return $.repr(evaluate(parseExpression(expr)));
  } catch (err) {
    const e = $.toPyException(err) as object;
    return `${$.typeOf(e).$name}: ${$.str(e)}`;
  }
}

function parseExpression(text: string): A.expr {
  const body = parseModule(text + '\n', '<fixture>').body;
  const stmt = body[0];
  if (body.length !== 1 || stmt === undefined || stmt._type !== 'Expr') throw new Error(`not one expression: ${text}`);
  return stmt.value;
}

const BINARY: Record<string, (a: unknown, b: unknown) => unknown> = {
  Add: $.add, Sub: $.sub, Mult: $.mult, MatMult: $.matMult, Div: $.div, FloorDiv: $.floorDiv, Mod: $.mod,
  Pow: $.pow, LShift: $.lShift, RShift: $.rShift, BitOr: $.bitOr, BitXor: $.bitXor, BitAnd: $.bitAnd,
};
const COMPARE: Record<string, (a: unknown, b: unknown) => unknown> = {
  Eq: $.eq, NotEq: $.ne, Lt: $.lt, LtE: $.le, Gt: $.gt, GtE: $.ge,
  Is: $.is, IsNot: (a, b) => !$.is(a, b), In: (a, b) => $.contains(b, a), NotIn: (a, b) => !$.contains(b, a),
};

function constant(v: unknown): unknown {
  if (typeof v === 'bigint') return $.normInt(v);
  if (typeof v === 'number') return $.makeFloat(v);
  if (v instanceof ImaginaryConstant) return new $.PyComplex(0, v.imag);
  if (v instanceof BytesConstant) return $.bytesLiteral(String.fromCharCode(...v.bytes));
  return v;
}

function evaluate(e: A.expr): unknown {
  switch (e._type) {
    case 'Constant': return constant(e.value);
    case 'UnaryOp': {
      const v = evaluate(e.operand);
      if (e.op === 'Not') return !$.truthy(v);
      return e.op === 'USub' ? $.neg(v) : e.op === 'UAdd' ? $.pos(v) : $.invert(v);
    }
    case 'BinOp': return BINARY[e.op]!(evaluate(e.left), evaluate(e.right));
    case 'BoolOp': {
      let v: unknown = null;
      for (const x of e.values) {
        v = evaluate(x);
        if ($.truthy(v) === (e.op === 'Or')) return v;
      }
      return v;
    }
    case 'Compare': {
      let left = evaluate(e.left);
      for (let i = 0; i < e.ops.length; i++) {
        const right = evaluate(e.comparators[i]!);
        const r = COMPARE[e.ops[i]!]!(left, right);
        if (!$.truthy(r)) return r;
        if (i === e.ops.length - 1) return r;
        left = right;
      }
      return true;
    }
    case 'Tuple': return $.tupleFrom(e.elts.map(evaluate));
    case 'List': return e.elts.map(evaluate);
    case 'Dict': return $.dictOf(e.keys.map((k) => evaluate(k!)), e.values.map(evaluate));
    case 'Name': return e.id === 'math' ? $.importModule('math') : $.loadGlobal($.newNamespace(), e.id);
    case 'Attribute': return $.getattr(evaluate(e.value), e.attr);
    case 'Subscript': {
      const s = e.slice;
      const key = s._type === 'Slice'
        ? $.slice(s.lower ? evaluate(s.lower) : null, s.upper ? evaluate(s.upper) : null, s.step ? evaluate(s.step) : null)
        : evaluate(s);
      return $.getitem(evaluate(e.value), key);
    }
    case 'Call': {
      const f = evaluate(e.func);
      const args = e.args.map(evaluate);
      if (e.keywords.length === 0) return $.call(f, ...args);
      return $.callKw(f, args, e.keywords.map((k) => k.arg!), e.keywords.map((k) => evaluate(k.value)));
    }
    default: throw new Error(`fixture expression kind not supported: ${e._type}`);
  }
}
