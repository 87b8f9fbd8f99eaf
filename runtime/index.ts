// The runtime's public surface: every name compiled code uses (docs/runtime-abi.md).
// Each area keeps its own barrel; this file only gathers them.
export * from './core/index.js';
export * from './types/index.js';
export * from './ops/index.js';
export * from './builtins/index.js';
export * from './system/index.js';
