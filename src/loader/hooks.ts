// Node module customization hooks (run on the loader thread): `.py` files load as compiled pyts programs.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cannotOpenText, failureModuleSource } from './failure-source.js';

/** What the main thread tells the hooks (see register.ts). */
export interface LoaderData {
  /** The entry script as typed on the command line (CPython's sys.argv[0]), or null. */
  readonly mainArgument: string | null;
}

interface ResolveContext { parentURL?: string; conditions: string[]; importAttributes?: object }
interface ResolveResult { url: string; format?: string | null; shortCircuit?: boolean }
interface LoadContext { format?: string | null; conditions: string[]; importAttributes?: object }
interface LoadResult { format: string; source?: string; shortCircuit?: boolean }

let mainArgument: string | null = null;
/** The URL of the program's entry .py file, once resolved. */
let mainURL: string | null = null;

export function initialize(data: LoaderData | undefined): void {
  mainArgument = data?.mainArgument ?? null;
}

function isPythonURL(url: string): boolean {
  return url.startsWith('file:') && /\.py$/.test(new URL(url).pathname);
}

export async function resolve(
  specifier: string,
  context: ResolveContext,
  nextResolve: (specifier: string, context: ResolveContext) => Promise<ResolveResult>,
): Promise<ResolveResult> {
  let result: ResolveResult;
  try {
    result = await nextResolve(specifier, context);
  } catch (err) {
    // A missing entry script is python3's "can't open file" (load says it), not a module error.
    const missing = err as { code?: string; url?: string };
    if (context.parentURL !== undefined || missing.code !== 'ERR_MODULE_NOT_FOUND' || !missing.url || !isPythonURL(missing.url)) throw err;
    result = { url: missing.url };
  }
  if (!isPythonURL(result.url)) return result;
  if (context.parentURL === undefined) mainURL = result.url;
  return { url: result.url, format: 'module', shortCircuit: true };
}

/** The file name the program is compiled under: the command line's own spelling for the entry
 *  (python3 keeps it in sys.argv[0]); a .py imported from JS is named relative to the directory
 *  it runs in, or absolutely when it lies outside. */
function programFileName(url: string): string {
  const path = fileURLToPath(url);
  if (url === mainURL && mainArgument !== null) return mainArgument;
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || rel === '' ? path : rel;
}

export async function load(
  url: string,
  context: LoadContext,
  nextLoad: (url: string, context: LoadContext) => Promise<LoadResult>,
): Promise<LoadResult> {
  if (!isPythonURL(url)) return nextLoad(url, context);
  if (!existsSync(fileURLToPath(url))) {
    return { format: 'module', source: failureModuleSource(cannotOpenText(fileURLToPath(url)), 2), shortCircuit: true };
  }
  // The compiler loads on the first .py file only: a process running only JS under the hook
  // does not pay its start-up time.
  const { pythonModuleSource } = await import('./module-source.js');
  return { format: 'module', source: pythonModuleSource(programFileName(url)), shortCircuit: true };
}
