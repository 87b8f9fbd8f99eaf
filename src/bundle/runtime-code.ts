// The runtime as one script defining `$`: built once by `npm run build` (esbuild), or here on demand.
import { buildSync } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (this file is src/bundle/ in the sources, dist/src/bundle/ when built). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('pyts: cannot find the package root');
    dir = up;
  }
  return dir;
}

/** Where `npm run build` puts the bundled runtime. */
export const RUNTIME_BUNDLE = 'dist/runtime.js';

/** esbuild options that make the runtime one IIFE script assigning the barrel to `$`. */
export function runtimeBuildOptions(root: string) {
  return {
    entryPoints: [join(root, 'runtime/index.ts')],
    bundle: true,
    format: 'iife' as const,
    globalName: '$',
    platform: 'node' as const,
    target: 'node20',
    write: false,
    legalComments: 'none' as const,
  };
}

let cached: string | null = null;

/** The runtime script's text (cached for the process). */
export function runtimeCode(): string {
  if (cached !== null) return cached;
  const root = packageRoot();
  const built = resolve(root, RUNTIME_BUNDLE);
  if (existsSync(built)) {
    cached = readFileSync(built, 'utf8');
  } else {
    const out = buildSync(runtimeBuildOptions(root));
    cached = out.outputFiles![0]!.text;
  }
  return cached;
}
