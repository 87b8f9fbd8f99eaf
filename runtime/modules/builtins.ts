// The `builtins` module (its namespace is the runtime's builtins registry) and the builtins that
// belong to the import system and program exit: __import__, exit, quit.
import { exc, newException, raiseException } from '../core/exceptions.js';
import { builtinFunction } from '../core/function.js';
import { builtins, registerBuiltin } from '../core/builtins-registry.js';
import { newModule, sysModules, importModule } from '../system/modules.js';

/** `import builtins`: a module whose globals are the builtins namespace itself. */
export const builtinsModule = newModule('builtins', null, false, 'Built-in functions, types, exceptions, and other objects.');
for (const key of Object.keys(builtinsModule.$d)) builtins[key] = builtinsModule.$d[key];
builtinsModule.$d = builtins;
sysModules.$set('builtins', builtinsModule);

registerBuiltin('__import__', builtinFunction('__import__(name, globals=None, locals=None, fromlist=None, level=0)',
  (name: string, g: unknown, _locals: unknown, fromlist: ArrayLike<unknown> | null | undefined, level: unknown) =>
    importModule(name, g ?? null, fromlist ?? null, typeof level === 'number' ? level : 0)));

for (const name of ['exit', 'quit']) {
  registerBuiltin(name, builtinFunction(`${name}(code=None)`, (code: unknown) => {
    raiseException(newException(exc.SystemExit!, [code ?? null]));
  }));
}
