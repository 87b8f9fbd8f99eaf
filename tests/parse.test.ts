// Differential tests of the parser, ast.dump and SyntaxError printing against python3's expected files in fixtures/.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dump } from '../src/ast/dump.js';
import type { Module, NodeType } from '../src/ast/index.js';
import { allNodes, childNodes } from '../src/ast/walk.js';
import { CompileError, type Diagnostic } from '../src/diagnostics/diagnostic.js';
import { formatSyntaxError } from '../src/diagnostics/format.js';
import { parseModule } from '../src/parse/index.js';
import { cpythonAsts } from './support/cpython-ast.js';
import { cpythonSyntaxError } from './support/cpython-syntax-error.js';
import { fixtureCases, projectRoot } from './support/fixtures.js';

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
/** The parse cases python3 3.11 has a dump for. */
const dumpedCases = parseCases.filter((c) => !isNewerSyntax(c.folders));
const syntaxErrorCases = fixtureCases('syntax_error');

describe('fixtures are present', () => {
  it('has parse and syntax_error cases', () => {
    expect(parseCases.length).toBeGreaterThan(40);
    expect(syntaxErrorCases.length).toBeGreaterThan(40);
  });
});

describe('dump() of CPython\'s own AST prints what ast.dump prints', () => {
  const cases = dumpedCases;
  // One python3 run builds every tree.
  let trees = new Map<string, Module>();
  beforeAll(() => {
    trees = cpythonAsts(cases.map((c) => c.path));
  });
  for (const fixture of cases) {
    it(fixture.name, () => {
      const expected = fixture.expected('dump');
      expect(expected, `run npm run fixtures for ${fixture.name}`).not.toBeNull();
      expect(dump(trees.get(fixture.path)!, FIXTURE_DUMP) + '\n').toBe(expected);
    });
  }
});

describe('dump() options print what the same ast.dump options print', () => {
  // Each variant: pyts's options and the ast.dump arguments python3 gets for them.
  const variants = [
    [{}, ''],
    [{ annotateFields: false }, 'annotate_fields=False'],
    [{ annotateFields: false, includeAttributes: true }, 'annotate_fields=False, include_attributes=True'],
    [{ indent: '\t' }, "indent='\\t'"],
    [{ indent: 0 }, 'indent=0'],
    [{ indent: 3, annotateFields: false }, 'indent=3, annotate_fields=False'],
  ] as const;
  const cases = dumpedCases;
  let expected: string[][] = [];
  let trees = new Map<string, Module>();
  beforeAll(() => {
    trees = cpythonAsts(cases.map((c) => c.path));
    // One python3 run prints every variant of every case as JSON.
    const calls = variants.map(([, args]) => `[ast.dump(ast.parse(open(f, 'rb').read())${args ? ', ' + args : ''}) for f in files]`);
    const script = ['import ast, json, sys', 'files = sys.argv[1:]', `print(json.dumps([${calls.join(', ')}]))`].join('\n');
    const result = spawnSync('python3', ['-c', script, ...cases.map((c) => c.path)], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expected = JSON.parse(result.stdout) as string[][];
  });
  variants.forEach(([options, args], v) => {
    it(`ast.dump(tree${args ? ', ' + args : ''})`, () => {
      cases.forEach((fixture, i) => {
        expect(dump(trees.get(fixture.path)!, { ...options, python311: true }), fixture.name).toBe(expected[v][i]);
      });
    });
  });
});

describe('walk visits every node once', () => {
  it('finds the nodes a plain recursive scan finds, children in field order', () => {
    const cases = dumpedCases;
    const trees = cpythonAsts(cases.map((c) => c.path));
    for (const tree of trees.values()) {
      const scanned: string[] = [];
      const scan = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(scan);
        else if (value !== null && typeof value === 'object' && '_type' in value) {
          scanned.push((value as { _type: string })._type);
          for (const [key, field] of Object.entries(value)) if (key !== '_type') scan(field);
        }
      };
      scan(tree);
      expect(allNodes(tree).map((node) => node._type)).toEqual(scanned);
      expect(childNodes(tree)).toEqual(tree.body);
    }
  });
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

describe('formatSyntaxError() prints CPython\'s own SyntaxError as python3 does', () => {
  // Each case runs as a script (CPython places some errors differently in compile()); all at once.
  let diagnostics: Diagnostic[] = [];
  beforeAll(async () => {
    diagnostics = await Promise.all(syntaxErrorCases.map((c) => cpythonSyntaxError(c.path, c.source(), c.fileName)));
  });
  syntaxErrorCases.forEach((fixture, i) => {
    it(fixture.name, () => {
      expect(formatSyntaxError(diagnostics[i], fixture.source(), fixture.fileName)).toBe(fixture.expected('err'));
    });
  });
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

describe('pyts parse', () => {
  const pyts = (...args: string[]) => spawnSync(process.execPath, [join(projectRoot, 'bin/pyts.js'), 'parse', ...args], { encoding: 'utf8' });

  it('prints the dump with the options scripts/fixtures/parse.py uses', () => {
    // A case without f-strings: the command prints every position.
    const fixture = parseCases.find((c) => c.name === join('statements', 'simple.py'))!;
    const result = pyts(fixture.path, '--dump', '--include-attributes', '--indent', '1', '--py311');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(fixture.expected('dump'));
  });

  it('prints a SyntaxError as python3 does, naming the file by its absolute path, and exits 1', () => {
    const fixture = syntaxErrorCases.find((c) => c.name === join('statements', 'invalid_syntax.py'))!;
    const result = pyts(fixture.path);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(fixture.expected('err')!.replace(`File "${fixture.fileName}"`, `File "${fixture.path}"`));
  });

  it('exits 2 on a file it cannot read', () => {
    const missing = join(projectRoot, 'fixtures/parse/no-such-file.py');
    const result = pyts(missing);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`pyts: cannot read '${missing}': No such file or directory\n`);
  });
});
