// `node --import pyts/register app.py`: installs the hooks that compile .py files on load.
import { readFileSync } from 'node:fs';
import { register } from 'node:module';
import { resolve as resolvePath } from 'node:path';
import type { LoaderData } from './hooks.js';

/** The entry script exactly as typed (Node makes process.argv[1] absolute; CPython keeps
 *  sys.argv[0] as given). Read from the kernel's copy of the command line where there is one. */
function mainArgument(): string | null {
  const main = process.argv[1];
  if (main === undefined) return null;
  try {
    const words = readFileSync('/proc/self/cmdline', 'utf8').split('\0');
    // Node's own options come first (a `--` may end them); the script is the first word after.
    for (let i = 1 + process.execArgv.length; i < words.length; i++) {
      if (resolvePath(words[i]!) === main) return words[i]!;
      if (words[i] !== '--') break;
    }
  } catch {
    // No /proc (not Linux): the absolute path Node gives is the best left.
  }
  return main;
}

const data: LoaderData = { mainArgument: mainArgument() };
register(new URL('./hooks.js', import.meta.url), { data });
