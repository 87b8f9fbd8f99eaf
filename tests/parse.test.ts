// Differential tests of the parser, ast.dump and SyntaxError printing against python3's expected files in fixtures/.
import { describe, expect, it } from 'vitest';
import { dump } from '../src/ast/dump.js';
import type { Module, NodeType } from '../src/ast/index.js';
import { allNodes } from '../src/ast/walk.js';
import { CompileError } from '../src/diagnostics/diagnostic.js';
import { formatSyntaxError } from '../src/diagnostics/format.js';
import { parseModule } from '../src/parse/index.js';
import { cpythonAst } from './support/cpython-ast.js';
import { fixtureCases } from './support/fixtures.js';

/** What scripts/fixtures/parse.py writes (scripts/dev/ast_compare.py's comparable_dump, python3 3.11). */
const FIXTURE_DUMP = { includeAttributes: true, indent: 1, python311: true, omitFStringPositions: true } as const;

/** Cases whose syntax needs Python 3.12: no python3 3.11 dump, checked by structure instead. */
const isNewerSyntax = (folders: readonly string[]): boolean => folders.includes('py312');

/** The node kinds a py312 case lists on its `# expect-nodes:` line. */
function expectedNodeKinds(source: string): string[] {
  const line = /^# expect-nodes:(.*)$/m.exec(source);
  return line ? line[1].trim().split(/\s+/) : [];
}

const parseCases = fixtureCases('parse');
const syntaxErrorCases = fixtureCases('syntax_error');

describe('fixtures are present', () => {
  it('has parse and syntax_error cases', () => {
    expect(parseCases.length).toBeGreaterThan(40);
    expect(syntaxErrorCases.length).toBeGreaterThan(40);
  });
});

describe('dump() of CPython\'s own AST prints what ast.dump prints', () => {
  for (const fixture of parseCases.filter((c) => !isNewerSyntax(c.folders))) {
    it(fixture.name, () => {
      const expected = fixture.expected('dump');
      expect(expected, `run npm run fixtures for ${fixture.name}`).not.toBeNull();
      expect(dump(cpythonAst(fixture.path), FIXTURE_DUMP) + '\n').toBe(expected);
    });
  }
});

describe('pyts parses like CPython', () => {
  for (const fixture of parseCases) {
    it(fixture.name, () => {
      const tree: Module = parseModule(fixture.source(), fixture.fileName);
      if (isNewerSyntax(fixture.folders)) {
        const present = new Set<NodeType>(allNodes(tree).map((node) => node._type));
        for (const kind of expectedNodeKinds(fixture.source())) expect(present, `expected a ${kind} node`).toContain(kind);
        return;
      }
      expect(dump(tree, FIXTURE_DUMP) + '\n').toBe(fixture.expected('dump'));
    });
  }
});

describe('syntax errors print as python3 prints them', () => {
  for (const fixture of syntaxErrorCases) {
    it(fixture.name, () => {
      const expected = fixture.expected('err');
      expect(expected, `run npm run fixtures for ${fixture.name}`).not.toBeNull();
      const source = fixture.source();
      let error: unknown = null;
      try {
        parseModule(source, fixture.fileName);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(CompileError);
      expect(formatSyntaxError((error as CompileError).diagnostic, source, fixture.fileName)).toBe(expected);
    });
  }
});
