// Barrel of runtime/ops: the operator helpers of the ABI and the value protocols (repr, str,
// hash, format, truth) that compiled code and the other runtime areas import from here.
export { add, sub, mult, matMult, div, floorDiv, mod, pow, lShift, rShift, bitAnd, bitOr, bitXor } from './binary.js';
export { iadd, isub, imult, imatMult, idiv, ifloorDiv, imod, ipow, ilShift, irShift, ibitAnd, ibitOr, ibitXor } from './inplace.js';
export { neg, pos, invert, abs } from './unary.js';
export { not, truthy } from './truthy.js';
export { eq, ne, lt, le, gt, ge, is, pyEquals, strCompare } from './compare.js';
export { repr, str, ascii } from './repr.js';
export { hash } from './hash.js';
export { format, formatValue } from './format.js';
export { NotImplemented, notImplementedType } from './not-implemented.js';
export { callSlot, binaryDunder } from './dispatch.js';
export { numKind, asInt, asFloat, numDivmod, numPowMod } from './numeric.js';
export { bytesLiteral, PyBytes, PyByteArray } from '../types/bytes-core.js';
