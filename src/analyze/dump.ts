// A canonical text dump of a symbol table, the same text scripts/fixtures/symtable.py prints from CPython's.
import type { Scope, SymbolInfo, SymbolTable } from './index.js';

const FLAG_LABELS: readonly (readonly [keyof SymbolInfo, string])[] = [
  ['isParameter', 'parameter'], ['isAssigned', 'assigned'], ['isReferenced', 'referenced'],
  ['isImported', 'imported'], ['isAnnotated', 'annotated'], ['isGlobalDecl', 'global'], ['isNonlocalDecl', 'nonlocal'],
];

/** One line per scope (`<kind> <name> line <n>`), then its symbols sorted by name with scope and flags; last the sorted qualnames. */
export function dumpSymbolTable(table: SymbolTable): string {
  const out: string[] = [];
  dumpScope(table.top, 0, out);
  const qualnames: string[] = [];
  collectQualnames(table.top, qualnames);
  out.push(['qualnames:', ...qualnames.sort(compareCodePoints)].join(' '));
  return out.join('\n') + '\n';
}

function dumpScope(scope: Scope, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  const line = 'lineno' in scope.node ? scope.node.lineno : 0;
  out.push(`${indent}${scope.kind} ${scope.name} line ${line}`);
  const names = [...scope.symbols.keys()].sort(compareCodePoints);
  for (const name of names) {
    const symbol = scope.symbols.get(name)!;
    const labels = [symbol.scope as string];
    for (const [field, label] of FLAG_LABELS) if (symbol[field] === true) labels.push(label);
    out.push(`${indent}  ${name}: ${labels.join(' ')}`);
  }
  for (const child of scope.children) dumpScope(child, depth + 1, out);
}

function collectQualnames(scope: Scope, out: string[]): void {
  for (const child of scope.children) {
    if (child.kind !== 'type_params') out.push(child.qualname);
    collectQualnames(child, out);
  }
}

/** Python sorts strings by code point; JS's default sort compares UTF-16 units. */
function compareCodePoints(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const diff = left[i]!.codePointAt(0)! - right[i]!.codePointAt(0)!;
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
}
