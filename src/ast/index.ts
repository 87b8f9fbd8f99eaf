// The Python AST: CPython's node kinds and fields (generated from grammar/python.asdl) plus constants.
export * from './generated/nodes.js';
export * from './constant.js';
