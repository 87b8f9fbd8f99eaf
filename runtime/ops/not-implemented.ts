// The NotImplemented singleton that binary dunder methods return to ask for the reflected operand.
import { newBuiltinType, objectType } from '../core/type.js';
import { registerBuiltin } from '../core/builtins-registry.js';

export const notImplementedType = newBuiltinType('NotImplementedType', objectType);

/** Python's NotImplemented. */
export const NotImplemented: object = new notImplementedType.$ctor();

registerBuiltin('NotImplemented', NotImplemented);
