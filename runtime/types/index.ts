// Barrel of runtime/types: loading it registers the number, str and bytes classes, their
// builtin functions and the math module (kept out of the ops barrel, which container modules
// import, so that registering math does not run inside their import cycle).
import '../builtins/numbers-strings.js';
