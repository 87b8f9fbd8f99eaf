// The NotImplemented singleton that binary dunder methods return to ask for the reflected operand.
import { newBuiltinType, objectType } from '../core/type.js';
import { registerBuiltin } from '../core/builtins-registry.js';
import { defineMethods } from '../core/function.js';

export const notImplementedType = newBuiltinType('NotImplementedType', objectType);

/** Python's NotImplemented. */
export const NotImplemented: object = new notImplementedType.$ctor();

defineMethods(notImplementedType, { '__repr__(self, /)': () => 'NotImplemented' });
registerBuiltin('NotImplemented', NotImplemented);
