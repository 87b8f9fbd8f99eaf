// The library API: compile Python programs to JavaScript bundles, or use the phases one by one.
export { compileProgram, compileModule, ENTRY_MODULE, type CompileOptions } from './compile.js';
export type { Bundle, LoweredModule } from './bundle/writer.js';
export { writeBundle } from './bundle/writer.js';
export { emit, type Emitted, type RawSourceMap } from './emit/index.js';
export { lowerModule, type ModuleInfo, UnsupportedError } from './lower/index.js';
export { parseModule } from './parse/index.js';
export { analyze } from './analyze/index.js';
export { CompileError, type Diagnostic } from './diagnostics/diagnostic.js';
export { formatSyntaxError } from './diagnostics/format.js';
