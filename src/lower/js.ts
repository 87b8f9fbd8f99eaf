// Small builders for the JS the lowering emits: runtime calls, literals, property access, names.
import * as t from '@babel/types';

const RUNTIME = '$';

/** `$.name`: a runtime export. */
export function rt(name: string): t.MemberExpression {
  return t.memberExpression(t.identifier(RUNTIME), t.identifier(name));
}

/** `$.name(args...)`. */
export function rtCall(name: string, ...args: t.Expression[]): t.CallExpression {
  return t.callExpression(rt(name), args);
}

export function str(s: string): t.StringLiteral {
  return t.stringLiteral(s);
}

/** A JS number literal (negative numbers as a unary minus, as Babel requires). */
export function num(n: number): t.Expression {
  if (n < 0 || Object.is(n, -0)) return t.unaryExpression('-', t.numericLiteral(-n));
  return t.numericLiteral(n);
}

/** `void 0`: the runtime's "unbound / absent" marker, spelled so a Python name cannot shadow it. */
export function undef(): t.UnaryExpression {
  return t.unaryExpression('void', t.numericLiteral(0));
}

export function isUndef(e: t.Expression): t.BinaryExpression {
  return t.binaryExpression('===', e, undef());
}

export function notUndef(e: t.Expression): t.BinaryExpression {
  return t.binaryExpression('!==', e, undef());
}

/** `obj.name`, or `obj["name"]` when name is not a JS identifier. Python names starting with `$`
 *  never occur, so no `attrKey` escaping is needed for names taken from Python identifiers. */
export function prop(obj: t.Expression, name: string): t.MemberExpression {
  return t.isValidIdentifier(name, false)
    ? t.memberExpression(obj, t.identifier(name))
    : t.memberExpression(obj, t.stringLiteral(name), true);
}

export function assign(target: t.LVal | t.OptionalMemberExpression, value: t.Expression): t.AssignmentExpression {
  return t.assignmentExpression('=', target as t.LVal, value);
}

export function exprStmt(e: t.Expression): t.ExpressionStatement {
  return t.expressionStatement(e);
}

export function letDecl(names: readonly string[]): t.VariableDeclaration {
  return t.variableDeclaration('let', names.map((n) => t.variableDeclarator(t.identifier(n))));
}

// Words a JS identifier may not be in strict module code, plus globals the generated code relies on.
const RESERVED = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof',
  'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void',
  'while', 'with', 'yield', 'let', 'static', 'implements', 'interface', 'package', 'private', 'protected',
  'public', 'await', 'arguments', 'eval', 'undefined', 'NaN', 'Infinity',
]);

/** The JS identifier for a Python name: reserved words get a trailing `$` (ABI "Names"). */
export function jsName(pyName: string): string {
  return RESERVED.has(pyName) ? pyName + '$' : pyName;
}

export function id(pyName: string): t.Identifier {
  return t.identifier(jsName(pyName));
}

/** A JS object literal `{ k: v, ... }` for spec objects. */
export function objectOf(entries: ReadonlyArray<readonly [string, t.Expression]>): t.ObjectExpression {
  // A `__proto__` key is written computed: a plain one would set the object's prototype.
  return t.objectExpression(entries.map(([k, v]) => k === '__proto__'
    ? t.objectProperty(t.stringLiteral(k), v, true)
    : t.objectProperty(t.isValidIdentifier(k, false) ? t.identifier(k) : t.stringLiteral(k), v)));
}

export function strArray(items: readonly string[]): t.ArrayExpression {
  return t.arrayExpression(items.map((s) => t.stringLiteral(s)));
}
