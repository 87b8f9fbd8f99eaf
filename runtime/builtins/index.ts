// Barrel of runtime/builtins: containers, iteration, generators and the builtin functions over
// them (engineer C's area), as compiled code and the other runtime areas import them.
export { PyDict, NamespaceDict, namespaceDict, dictType, newDict, dictFromPairs, dictOf } from '../types/dict.js';
export { makeDict, dictMerge, dictUpdate, dictCopy } from '../types/dict-methods.js';
export { dictView, dictIter, ViewKind } from '../types/dict-views.js';
export { PyIter, DONE, iter, iterable, next, pyIter, toArray, asArray, stopIteration, isStopIteration, defineIterType } from '../types/iter.js';
export { PyRange, rangeType, makeRange } from '../types/range.js';
export { PySlice, sliceType, slice } from '../types/slice.js';
export { adjustSlice, indexValue, sliceArray } from '../types/slice-index.js';
export { listGetItem, listSetItem, listDelItem, repeatArray } from '../types/list.js';
export { sortArray } from '../types/list-sort.js';
export { tupleGetItem } from '../types/tuple.js';
export { reversed, enumerateType, zipType, mapType, filterType } from '../types/iter-tools.js';
export { getitem, setitem, delitem, getslice, contains } from '../ops/subscript.js';
export { guardedRepr } from './repr-guard.js';
export { print, input } from './print.js';
export { len } from './iteration.js';
import './constructors.js';
export { PySet, PyFrozenSet, setType, frozensetType, makeSet, setFrom } from '../types/set.js';
import '../types/set-methods.js';
export { sorted, min, max, sum, any, all } from './aggregate.js';
export { PyGenerator, generatorType, generator, yieldFrom, genClose } from '../types/generator.js';
export * from '../types/coroutine.js';
export { unpack, unpackStar, mergeKwargs } from './unpacking.js';
export { matchSequence, matchMapping, matchKey, matchRest, matchClass } from './match-helpers.js';
export { PyMappingProxy, mappingProxy, mappingProxyType } from '../types/dict-proxy.js';
import './itertools-module.js';
import './collections-module.js';
import './operator-module.js';
