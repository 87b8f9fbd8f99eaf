// Barrel of runtime/system: exceptions, tracebacks, the module registry, sys and the program's start.
import './exception-types.js';
import '../modules/importlib.js';
import '../modules/traceback.js';
import '../modules/os.js';
import '../modules/io.js';
import '../modules/contextlib.js';
import '../modules/atexit.js';
import '../modules/warnings.js';
export { makeRaise, reraise, toPyException, excMatches, excEnter, excLeave, currentException, excInfo } from './handling.js';
export { stdoutWrite, stdoutFlush, stderrWrite, stdinReadLine, stdinReadAll } from './stdio.js';
export { PyModule, moduleType, newModule, defineModule, registerBuiltinModule, importModule, importFrom, importStar, sysModules } from './modules.js';
export { withEnter, withExit } from './with.js';
export { excStarBegin, excStarMatch, excStarRaised, excStarEnd } from './exception-groups.js';
export { registerSourceMap } from './sourcemap.js';
export { formatException, formatExceptionOnly } from './traceback.js';
export { runMain } from './main.js';
export { sysModule } from '../modules/sys.js';
export { builtinsModule } from '../modules/builtins.js';
