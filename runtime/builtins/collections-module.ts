// The collections module (deque, defaultdict, OrderedDict, Counter, namedtuple) and collections.abc.
import { builtinFunction } from '../core/function.js';
import { registerBuiltinModule } from '../system/modules.js';
import { counterType, defaultdictType, orderedDictType } from './collections-dicts.js';
import { dequeType } from './collections-deque.js';
import { namedtuple } from './collections-namedtuple.js';
import { abcClasses, registerVirtual } from './collections-abc.js';

registerVirtual('MutableSequence', dequeType);

registerBuiltinModule('collections', (m) => {
  const ns = m.$d;
  // A package, so that `import collections.abc` finds its submodule.
  ns.__path__ = [];
  ns.deque = dequeType;
  ns.defaultdict = defaultdictType;
  ns.OrderedDict = orderedDictType;
  ns.Counter = counterType;
  ns.namedtuple = builtinFunction('namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)', namedtuple);
});

registerBuiltinModule('collections.abc', (m) => {
  for (const [name, t] of Object.entries(abcClasses())) m.$d[name] = t;
});
