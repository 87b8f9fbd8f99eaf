// The compile-time module graph against python3 runs: each fixtures/graph/<case>/ folder holds a program and the modules CPython imported (expected.txt),
// optionally `pythonpath` (PYTHONPATH entries) and `include` (module names the graph is told to add).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModuleGraph } from '../src/bundle/graph.js';

const fixtures = join(new URL('..', import.meta.url).pathname, 'fixtures/graph');

/** CPython's standard library names play the part of pyts's built-in modules: never searched on disk. */
function stdlibNames(): Set<string> {
  const result = spawnSync('python3', ['-c', 'import sys; print("\\n".join(sorted(sys.stdlib_module_names)))'], { encoding: 'utf8' });
  return new Set(result.stdout.split('\n').filter(Boolean));
}

function expectedOf(caseDir: string): { modules: Map<string, string>; missing: string[] } {
  const modules = new Map<string, string>();
  const missing: string[] = [];
  for (const line of readFileSync(join(caseDir, 'expected.txt'), 'utf8').split('\n')) {
    const [kind, name, file] = line.split(' ');
    if (kind === 'module') modules.set(name!, file!);
    if (kind === 'missing') missing.push(name!);
  }
  return { modules, missing };
}

describe('module graph finds what python3 imports', () => {
  const builtinModules = stdlibNames();
  const cases = readdirSync(fixtures).filter((entry) => statSync(join(fixtures, entry)).isDirectory());
  for (const name of cases) {
    it(name, () => {
      const caseDir = realpathSync(join(fixtures, name));
      const pathFile = join(caseDir, 'pythonpath');
      const pythonPath = existsSync(pathFile)
        ? readFileSync(pathFile, 'utf8').split('\n').filter(Boolean).map((entry) => join(caseDir, entry))
        : [];
      const includeFile = join(caseDir, 'include');
      const include = existsSync(includeFile) ? readFileSync(includeFile, 'utf8').split('\n').filter(Boolean) : [];
      const graph = buildModuleGraph(join(caseDir, 'main.py'), { pythonPath, builtinModules, include });
      const expected = expectedOf(caseDir);

      expect(graph.entry.name).toBe('__main__');
      // A name may appear twice: a module of the same name in a directory the program adds to sys.path.
      const ours = graph.modules.filter((m) => m !== graph.entry).map((m) => `${m.name} ${relative(caseDir, m.file)}`);
      const names = new Set(graph.modules.map((m) => m.name));
      // Everything CPython imported is in the graph, from the same file.
      for (const [module, file] of expected.modules) expect(ours).toContain(`${module} ${file}`);
      // Anything more is a module of a package the program imports, or of a directory it adds to sys.path.
      for (const module of names) {
        if (module === '__main__' || expected.modules.has(module)) continue;
        const dot = module.lastIndexOf('.');
        const parent = dot === -1 ? '' : module.slice(0, dot);
        const fromRuntimePath = graph.modules.some((m) => m.name === module && !m.file.startsWith(caseDir + '/' + module));
        expect([module, expected.modules.has(parent) || fromRuntimePath]).toEqual([module, true]);
      }
      for (const module of expected.missing) expect(graph.missing).toContain(module);
      // Import edges only point at modules of the graph.
      for (const m of graph.modules) for (const target of m.imports) expect(names).toContain(target);
    });
  }
});
