// Lowering: Python AST + symbol table -> Babel AST (one `$.defineModule(...)` statement per module).
export { lowerFailedModule, lowerModule, lowerNamespacePackage, type ModuleInfo } from './module.js';
export { UnsupportedError } from './unsupported.js';
