"""Shallow and deep copies: copy and deepcopy (memo, __copy__/__deepcopy__, __reduce_ex__)."""
import collections as _collections
import types as _types


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, _types.BuiltinFunctionType,
           _types.FunctionType, type(...), type(NotImplemented), property)


def copy(x):
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, *_reduce(x, cls))


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        result = x
    elif cls is list:
        result = []
        memo[key] = result
        for item in x:
            result.append(deepcopy(item, memo))
    elif cls is dict:
        result = {}
        memo[key] = result
        for k, v in x.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple whose items were all kept is kept itself, as CPython does.
        if key in memo:
            return memo[key]
        result = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is set or cls is frozenset:
        result = cls(deepcopy(item, memo) for item in x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            result = copier(memo)
        else:
            result = _reconstruct(x, memo, *_reduce(x, cls))
    if result is not x:
        memo[key] = result
        memo.setdefault(id(memo), []).append(x)
    return result


def _new_instance(cls, *args):
    return cls.__new__(cls, *args)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        for name in (slots,) if isinstance(slots, str) else slots:
            if name not in ('__dict__', '__weakref__') and name not in names:
                names.append(name)
    return names


def _plain_state(x):
    return dict(x.__dict__) if hasattr(x, '__dict__') and x.__dict__ else None


def _default_reduce(x, cls):
    # What object.__reduce_ex__(4) gives: a fresh instance, then its __dict__ and slot values as state.
    # deque and defaultdict keep constructor arguments outside their items, so they are rebuilt through them.
    if isinstance(x, _collections.deque):
        return cls, ((), x.maxlen), _plain_state(x), iter(x), None, False
    if isinstance(x, _collections.defaultdict):
        return cls, (x.default_factory,), _plain_state(x), None, iter(x.items()), False
    getnewargs = getattr(x, '__getnewargs__', None)
    args = (cls,) + (tuple(getnewargs()) if getnewargs is not None else ())
    state = _plain_state(x)
    slotstate = {name: getattr(x, name) for name in _slot_names(cls) if hasattr(x, name)}
    if slotstate:
        state = (state, slotstate)
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    return _new_instance, args, state, listiter, dictiter, False


def _reduce(x, cls):
    if (getattr(cls, '__reduce_ex__', None) is getattr(object, '__reduce_ex__', None)
            and getattr(cls, '__reduce__', None) is getattr(object, '__reduce__', None)):
        return _default_reduce(x, cls)
    reductor = getattr(x, '__reduce_ex__', None)
    if reductor is not None:
        rv = reductor(4)
    else:
        reductor = getattr(x, '__reduce__', None)
        if reductor is None:
            raise Error('un(deep)copyable object of type %s' % cls)
        rv = reductor()
    if isinstance(rv, str):
        return (x, None, None, None, None, True)
    return tuple(rv) + (None,) * (5 - len(rv)) + (False,)


def _reconstruct(x, memo, func, args=None, state=None, listiter=None, dictiter=None, is_global=False):
    if is_global:
        return x
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            y[k] = v
    return y
