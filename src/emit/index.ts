// Emitting: Babel AST -> JS text and a v3 source map whose sources are the .py files.
import generatorModule from '@babel/generator';
import * as t from '@babel/types';

type Generate = typeof import('@babel/generator').generate;
// @babel/generator is CommonJS: under Node's ESM its default export arrives wrapped in `default`.
const generate: Generate = (generatorModule as unknown as { default?: Generate }).default ?? (generatorModule as unknown as Generate);

export interface RawSourceMap {
  version: number;
  sources: string[];
  sourcesContent?: (string | null)[];
  names: string[];
  mappings: string;
  file?: string;
}

export interface Emitted {
  code: string;
  map: RawSourceMap;
}

/** Print statements as JS; `sources` maps each .py file named in the nodes' locations to its text. */
export function emit(statements: t.Statement[], sources: Record<string, string>): Emitted {
  const program = t.program(statements);
  const result = generate(program, { sourceMaps: true, comments: false, retainLines: false, compact: false, jsescOption: { minimal: true } }, sources);
  const map = result.map as unknown as RawSourceMap | null;
  return { code: result.code, map: map ?? { version: 3, sources: [], names: [], mappings: '' } };
}
