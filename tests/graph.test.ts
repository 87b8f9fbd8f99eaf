// The compile-time module graph against python3 runs: each fixtures/graph/<case>/ folder holds a program and the modules CPython imported (expected.txt).
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
      const graph = buildModuleGraph(join(caseDir, 'main.py'), { pythonPath, builtinModules });
      const expected = expectedOf(caseDir);

      expect(graph.entry.name).toBe('__main__');
      const ours = new Map(graph.modules.filter((m) => m !== graph.entry).map((m) => [m.name, relative(caseDir, m.file)]));
      // Everything CPython imported is in the graph, from the same file.
      for (const [module, file] of expected.modules) expect([module, ours.get(module)]).toEqual([module, file]);
      // Anything more is a module of a package the program imports (kept for names computed at run time).
      for (const module of ours.keys()) {
        if (expected.modules.has(module)) continue;
        const parent = module.slice(0, module.lastIndexOf('.'));
        expect([module, expected.modules.has(parent)]).toEqual([module, true]);
      }
      for (const module of expected.missing) expect(graph.missing).toContain(module);
    });
  }
});
