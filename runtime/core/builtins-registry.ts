// The `builtins` namespace: every builtin function, class and constant registers itself here.
import { newNamespace } from './namespace.js';

export const builtins = newNamespace();

export function registerBuiltin(name: string, value: unknown): void {
  builtins[name] = value;
}
