// import and from-import, through the runtime's module registry.
import * as t from '@babel/types';
import type * as py from '../ast/index.js';
import type { LowerContext } from './context.js';
import { assign, num, rtCall, str, strArray } from './js.js';
import { storeName } from './names.js';

function importModule(name: string, fromlist: t.Expression, level: number): t.Expression {
  return rtCall('importModule', str(name), t.identifier('$g'), fromlist, num(level));
}

export function lowerImport(ctx: LowerContext, s: py.Import): t.Statement[] {
  return s.names.map((alias) => {
    const top = alias.name.split('.')[0]!;
    if (!alias.asname) {
      // `import a.b` binds `a`, which __import__ returns for a dotted name without a fromlist.
      return ctx.at(alias, t.expressionStatement(storeName(ctx, top, importModule(alias.name, t.nullLiteral(), 0))));
    }
    // `import a.b as c` binds the submodule: walk the attributes down from the top package.
    let mod = importModule(alias.name, t.nullLiteral(), 0);
    for (const part of alias.name.split('.').slice(1)) mod = rtCall('importFrom', mod, str(part));
    return ctx.at(alias, t.expressionStatement(storeName(ctx, alias.asname, mod)));
  });
}

export function lowerImportFrom(ctx: LowerContext, s: py.ImportFrom): t.Statement[] {
  const names = s.names.map((a) => a.name);
  const level = s.level ?? 0;
  const module = s.module ?? '';
  if (names.length === 1 && names[0] === '*') {
    return [t.expressionStatement(rtCall('importStar', importModule(module, strArray(['*']), level), t.identifier('$g')))];
  }
  const mod = ctx.temp();
  const out: t.Statement[] = [t.expressionStatement(assign(mod, importModule(module, strArray(names), level)))];
  for (const alias of s.names) {
    out.push(ctx.at(alias, t.expressionStatement(storeName(ctx, alias.asname ?? alias.name, rtCall('importFrom', mod, str(alias.name))))));
  }
  return out;
}
