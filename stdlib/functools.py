"""Higher-order functions: reduce, partial, wraps, lru_cache, cached_property, total_ordering, singledispatch."""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_initial_missing = object()


def reduce(function, iterable, initial=_initial_missing, /):
    it = iter(iterable)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorating(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorating


class partial:
    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __get__(self, obj, objtype=None):
        return self

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        name = type(self).__qualname__ if type(self) is not partial else 'functools.partial'
        return '%s(%s)' % (name, ', '.join(parts))


class partialmethod:
    def __init__(self, func, /, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        bound = self.func.__get__(obj, objtype) if hasattr(self.func, '__get__') else self.func
        return partial(bound, *self.args, **self.keywords)


def cmp_to_key(mycmp):
    class K:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


_ORDER_DERIVATIONS = {
    '__lt__': {
        '__gt__': lambda self, other: _flip(self.__lt__(other), self, other, False),
        '__le__': lambda self, other: _either(self.__lt__(other), self, other),
        '__ge__': lambda self, other: _negate(self.__lt__(other)),
    },
    '__le__': {
        '__ge__': lambda self, other: _flip(self.__le__(other), self, other, True),
        '__lt__': lambda self, other: _both_not_eq(self.__le__(other), self, other),
        '__gt__': lambda self, other: _negate(self.__le__(other)),
    },
    '__gt__': {
        '__lt__': lambda self, other: _flip(self.__gt__(other), self, other, False),
        '__ge__': lambda self, other: _either(self.__gt__(other), self, other),
        '__le__': lambda self, other: _negate(self.__gt__(other)),
    },
    '__ge__': {
        '__le__': lambda self, other: _flip(self.__ge__(other), self, other, True),
        '__gt__': lambda self, other: _both_not_eq(self.__ge__(other), self, other),
        '__lt__': lambda self, other: _negate(self.__ge__(other)),
    },
}


def _negate(result):
    if result is NotImplemented:
        return result
    return not result


def _flip(result, self, other, inclusive):
    # a > b is "not (a < b) and a != b"; a >= b is "not (a <= b) or a == b"
    if result is NotImplemented:
        return result
    if inclusive:
        return not result or self == other
    return not result and self != other


def _either(result, self, other):
    if result is NotImplemented:
        return result
    return result or self == other


def _both_not_eq(result, self, other):
    if result is NotImplemented:
        return result
    return result and self != other


def total_ordering(cls):
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = defined[0]
    for name, method in _ORDER_DERIVATIONS[root].items():
        if name not in defined:
            method.__name__ = name
            setattr(cls, name, method)
    return cls


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)


_kwd_mark = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


class _LruCacheWrapper:
    def __init__(self, func, maxsize, typed):
        self.__wrapped__ = func
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        update_wrapper(self, func)

    def __call__(self, *args, **kwds):
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        if key in cache:
            self._hits += 1
            if self._maxsize is not None:
                value = cache.pop(key)
                cache[key] = value
                return value
            return cache[key]
        self._misses += 1
        value = self.__wrapped__(*args, **kwds)
        if self._maxsize is not None:
            if self._maxsize <= 0:
                return value
            if key not in cache and len(cache) >= self._maxsize:
                del cache[next(iter(cache))]
        cache[key] = value
        return value

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return partial(self, obj)

    def cache_info(self):
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache.clear()
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _LruCacheWrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating(func):
        return _LruCacheWrapper(func, maxsize, typed)
    return decorating


def cache(user_function, /):
    return _LruCacheWrapper(user_function, None, False)


_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            '(%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        cache = instance.__dict__
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            cache[self.attrname] = value
        return value


def singledispatch(func):
    registry = {object: func}
    dispatch_cache = {}

    def dispatch(cls):
        found = dispatch_cache.get(cls)
        if found is not None:
            return found
        for base in cls.__mro__:
            if base in registry:
                found = registry[base]
                break
        else:
            found = _dispatch_abstract(registry, cls)
        dispatch_cache[cls] = found
        return found

    def register(cls, impl=None):
        if impl is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function.")
            impl = cls
            cls = next(v for k, v in annotations.items() if k != 'return')
        registry[cls] = impl
        dispatch_cache.clear()
        return impl

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


def _dispatch_abstract(registry, cls):
    for registered, impl in registry.items():
        if registered is not object and issubclass(cls, registered):
            return impl
    return registry[object]


class singledispatchmethod:
    def __init__(self, func):
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        def method(*args, **kwargs):
            impl = self.dispatcher.dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)
        method.register = self.register
        update_wrapper(method, self.func)
        return method
