// globals() and locals() as builtin objects. The compiler replaces a direct call with the calling
// scope's mapping (src/lower/introspection.ts compares the callee with these); an indirect call
// (`f = globals; f()`) has no scope to read, so it answers for the main module as the top level would.
import { builtinFunction } from '../core/function.js';
import { registerBuiltin } from '../core/builtins-registry.js';
import { PyModule, sysModules } from '../system/modules.js';
import { namespaceDict, PyDict } from '../types/dict.js';

function mainGlobals(): PyDict {
  const m = sysModules.$get('__main__');
  return m instanceof PyModule ? namespaceDict(m.$d) : new PyDict();
}

registerBuiltin('globals', builtinFunction('globals()', mainGlobals));
registerBuiltin('locals', builtinFunction('locals()', mainGlobals));
