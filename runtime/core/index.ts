// Barrel of runtime/core: the object model.
export * from './values.js';
export * from './namespace.js';
export * from './type.js';
export * from './exceptions.js';
export * from './signature.js';
export * from './function.js';
export * from './builtins-registry.js';
