// The bundle writer: runtime + every module's `$.defineModule(...)` + source map + `$.runMain(...)`,
// as one script that `node out.js` runs.
import type * as t from '@babel/types';
import { emit, type RawSourceMap } from '../emit/index.js';
import { runtimeCode } from './runtime-code.js';

export interface LoweredModule {
  /** The `$.defineModule(...)` statement. */
  readonly statement: t.Statement;
  /** The file name its locations carry, and its text (for the map's sourcesContent). */
  readonly file: string;
  readonly source: string;
}

export interface Bundle {
  code: string;
  map: RawSourceMap;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Assemble the bundle. The map describes the whole bundle file: the runtime's lines map to nothing. */
export function writeBundle(modules: readonly LoweredModule[], entryName: string): Bundle {
  const sources: Record<string, string> = {};
  for (const m of modules) sources[m.file] = m.source;
  const emitted = emit(modules.map((m) => m.statement), sources);
  let runtime = runtimeCode();
  if (!runtime.endsWith('\n')) runtime += '\n';
  // esbuild's IIFE exposes the barrel through getters; one copy into plain data properties makes
  // every `$.name` the generated code reads an ordinary fast property load.
  runtime += '$ = { ...$ };\n';
  const map: RawSourceMap = { ...emitted.map, mappings: ';'.repeat(countLines(runtime)) + emitted.map.mappings };
  const code = `${runtime}${emitted.code}\n$.registerSourceMap(${JSON.stringify(map)});\n$.runMain(${JSON.stringify(entryName)});\n`;
  return { code, map };
}
