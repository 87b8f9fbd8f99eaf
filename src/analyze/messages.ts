// CPython 3.11's wording for the SyntaxErrors the symbol table and the compiler raise, and how to throw them.
import type { Node, Position } from '../ast/index.js';
import { CompileError } from '../diagnostics/diagnostic.js';

export const MSG = {
  globalParam: (name: string) => `name '${name}' is parameter and global`,
  nonlocalParam: (name: string) => `name '${name}' is parameter and nonlocal`,
  globalAfterAssign: (name: string) => `name '${name}' is assigned to before global declaration`,
  nonlocalAfterAssign: (name: string) => `name '${name}' is assigned to before nonlocal declaration`,
  globalAfterUse: (name: string) => `name '${name}' is used prior to global declaration`,
  nonlocalAfterUse: (name: string) => `name '${name}' is used prior to nonlocal declaration`,
  globalAnnot: (name: string) => `annotated name '${name}' can't be global`,
  nonlocalAnnot: (name: string) => `annotated name '${name}' can't be nonlocal`,
  nonlocalAndGlobal: (name: string) => `name '${name}' is nonlocal and global`,
  nonlocalAtModule: () => 'nonlocal declaration not allowed at module level',
  noNonlocalBinding: (name: string) => `no binding for nonlocal '${name}' found`,
  duplicateArgument: (name: string) => `duplicate argument '${name}' in function definition`,
  importStar: () => 'import * only allowed at module level',
  walrusInClass: () => 'assignment expression within a comprehension cannot be used in a class body',
  walrusRebindsIterVar: (name: string) => `assignment expression cannot rebind comprehension iteration variable '${name}'`,
  innerLoopRebindsWalrus: (name: string) => `comprehension inner loop cannot rebind assignment expression target '${name}'`,
  walrusInCompIter: () => 'assignment expression cannot be used in a comprehension iterable expression',
  notInAnnotation: (what: string) => `'${what}' can not be used within an annotation`,
  yieldInComprehension: (what: string) => `'yield' inside ${what}`,
  returnOutsideFunction: () => "'return' outside function",
  returnValueInAsyncGen: () => "'return' with value in async generator",
  yieldOutsideFunction: () => "'yield' outside function",
  yieldFromInAsync: () => "'yield from' inside async function",
  awaitOutsideFunction: () => "'await' outside function",
  awaitOutsideAsync: () => "'await' outside async function",
  asyncForOutsideAsync: () => "'async for' outside async function",
  asyncWithOutsideAsync: () => "'async with' outside async function",
  asyncComprehensionOutsideAsync: () => 'asynchronous comprehension outside of an asynchronous function',
  jumpOutOfExceptStar: () => "'break', 'continue' and 'return' cannot appear in an except* block",
  breakOutsideLoop: () => "'break' outside loop",
  continueOutsideLoop: () => "'continue' not properly in loop",
  assignDebug: () => 'cannot assign to __debug__',
  deleteDebug: () => 'cannot delete __debug__',
  starredTargetOutsideList: () => 'starred assignment target must be in a list or tuple',
  multipleStarredTargets: () => 'multiple starred expressions in assignment',
  tooManyStarredTargets: () => 'too many expressions in star-unpacking assignment',
  starredHere: () => "can't use starred expression here",
  multipleStarredPatterns: () => 'multiple starred names in sequence pattern',
  captureUnreachable: (name: string) => `name capture '${name}' makes remaining patterns unreachable`,
  wildcardUnreachable: () => 'wildcard makes remaining patterns unreachable',
  alternativesBindDifferently: () => 'alternative patterns bind different names',
  multipleCaptures: (name: string) => `multiple assignments to name '${name}' in pattern`,
  duplicateMappingKey: (repr: string) => `mapping pattern checks duplicate key (${repr})`,
  repeatedClassAttribute: (name: string) => `attribute name repeated in class pattern: ${name}`,
  keywordRepeated: (name: string) => `keyword argument repeated: ${name}`,
  futureNotFirst: () => 'from __future__ imports must occur at the beginning of the file',
  futureUnknown: (name: string) => `future feature ${name} is not defined`,
  futureBraces: () => 'not a chance',
} as const;

/** Expressions CPython refuses inside a (never evaluated) annotation. */
export const NOT_IN_ANNOTATION: Partial<Record<Node['_type'], string>> = {
  NamedExpr: 'named expression',
  Yield: 'yield expression',
  YieldFrom: 'yield expression',
  Await: 'await expression',
};

/** Throws CPython's SyntaxError `message` located at `where` (a node's span). */
export function raiseSyntaxError(filename: string, message: string, where: Position): never {
  throw new CompileError({
    kind: 'SyntaxError',
    message,
    span: {
      file: filename,
      lineno: where.lineno,
      col_offset: where.col_offset,
      end_lineno: where.end_lineno,
      end_col_offset: where.end_col_offset,
    },
  });
}
