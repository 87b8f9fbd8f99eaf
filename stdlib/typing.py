"""Type hints at run time: subscriptable special forms and aliases, TypeVar, Generic, Protocol, NamedTuple, TypedDict."""
import collections as _collections
import collections.abc as _abc

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if callable(obj) and hasattr(obj, '__qualname__') and not isinstance(obj, (_SpecialForm, _GenericAlias, TypeVar)):
        return obj.__qualname__
    return repr(obj)


class _GenericAlias:
    """A subscripted form such as List[int]: remembers its origin and arguments."""
    def __init__(self, origin, args, name):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        if self._name == 'Optional':
            return 'typing.Optional[%s]' % _type_repr(self.__args__[0])
        if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            params = '[%s]' % ', '.join(_type_repr(param) for param in self.__args__[0])
            return 'typing.Callable[%s, %s]' % (params, _type_repr(self.__args__[1]))
        args = ', '.join(_type_repr(a) for a in self.__args__) if self.__args__ else '()'
        return 'typing.%s[%s]' % (self._name, args)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params if isinstance(params, tuple) else (params,), self._name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


class _SpecialGeneric:
    """An unsubscripted alias of a builtin or abc class (List, Dict, Iterable, ...)."""
    def __init__(self, origin, name):
        self.__origin__ = origin
        self._name = name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, self._name)

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)


class _SpecialForm:
    def __init__(self, name, subscript):
        self._name = name
        self._subscript = subscript

    def __getitem__(self, params):
        return self._subscript(self, params)

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwargs):
        raise TypeError('Cannot instantiate %r' % self)


def _flatten_union(params):
    flat = []
    for p in params:
        p = type(None) if p is None else p
        members = p.__args__ if isinstance(p, _GenericAlias) and p._name == 'Union' else (p,)
        for member in members:
            if member not in flat:
                flat.append(member)
    return tuple(flat)


def _union(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    if not params:
        raise TypeError('Cannot take a Union of no types.')
    args = _flatten_union(params)
    if len(args) == 1:
        return args[0]
    if len(args) == 2 and type(None) in args:
        return _GenericAlias(Union, args, 'Optional')
    return _GenericAlias(Union, args, 'Union')


def _optional(form, param):
    return _union(form, (param, None))


def _single(form, param):
    return _GenericAlias(form, (param,), form._name)


def _many(form, params):
    return _GenericAlias(form, params if isinstance(params, tuple) else (params,), form._name)


Any = _SpecialForm('Any', _single)
NoReturn = _SpecialForm('NoReturn', _single)
Never = _SpecialForm('Never', _single)
Self = _SpecialForm('Self', _single)
LiteralString = _SpecialForm('LiteralString', _single)
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _single)
Final = _SpecialForm('Final', _single)
Literal = _SpecialForm('Literal', _many)
Annotated = _SpecialForm('Annotated', _many)
TypeAlias = _SpecialForm('TypeAlias', _single)
Concatenate = _SpecialForm('Concatenate', _many)
TypeGuard = _SpecialForm('TypeGuard', _single)
Required = _SpecialForm('Required', _single)
NotRequired = _SpecialForm('NotRequired', _single)
Unpack = _SpecialForm('Unpack', _single)

List = _SpecialGeneric(list, 'List')
Dict = _SpecialGeneric(dict, 'Dict')
Set = _SpecialGeneric(set, 'Set')
FrozenSet = _SpecialGeneric(frozenset, 'FrozenSet')
Tuple = _SpecialGeneric(tuple, 'Tuple')
Type = _SpecialGeneric(type, 'Type')
DefaultDict = _SpecialGeneric(_collections.defaultdict, 'DefaultDict')
OrderedDict = _SpecialGeneric(_collections.OrderedDict, 'OrderedDict')
Counter = _SpecialGeneric(_collections.Counter, 'Counter')
Deque = _SpecialGeneric(_collections.deque, 'Deque')
Callable = _SpecialGeneric(_abc.Callable, 'Callable')
Iterable = _SpecialGeneric(_abc.Iterable, 'Iterable')
Iterator = _SpecialGeneric(_abc.Iterator, 'Iterator')
Generator = _SpecialGeneric(_abc.Generator, 'Generator')
Sequence = _SpecialGeneric(_abc.Sequence, 'Sequence')
MutableSequence = _SpecialGeneric(_abc.MutableSequence, 'MutableSequence')
Mapping = _SpecialGeneric(_abc.Mapping, 'Mapping')
MutableMapping = _SpecialGeneric(_abc.MutableMapping, 'MutableMapping')
AbstractSet = _SpecialGeneric(_abc.Set, 'AbstractSet')
MutableSet = _SpecialGeneric(_abc.MutableSet, 'MutableSet')
Collection = _SpecialGeneric(_abc.Collection, 'Collection')
Container = _SpecialGeneric(_abc.Container, 'Container')
Hashable = _SpecialGeneric(_abc.Hashable, 'Hashable')
Sized = _SpecialGeneric(_abc.Sized, 'Sized')
Reversible = _SpecialGeneric(_abc.Reversible, 'Reversible')
ItemsView = _SpecialGeneric(_abc.ItemsView, 'ItemsView')
KeysView = _SpecialGeneric(_abc.KeysView, 'KeysView')
ValuesView = _SpecialGeneric(_abc.ValuesView, 'ValuesView')
Text = str


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec(TypeVar):
    pass


class TypeVarTuple(TypeVar):
    pass


AnyStr = TypeVar('AnyStr', bytes, str)


class _ClassSubscript:
    """A __class_getitem__ that works whether it is called bound (cls[...] as CPython does) or given the class."""
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, owner=None):
        func = self.func
        return lambda params: func(owner, params)

    def __call__(self, cls, params):
        return self.func(cls, params)


def _subscript_generic(cls, params):
    return _GenericAlias(cls, params if isinstance(params, tuple) else (params,), cls.__name__)


class Generic:
    __slots__ = ()
    __class_getitem__ = _ClassSubscript(_subscript_generic)


class Protocol(Generic):
    __slots__ = ()


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def assert_never(arg, /):
    raise AssertionError('Expected code to be unreachable, but got: %r' % (arg,))


def reveal_type(obj, /):
    print('Runtime type is %r' % type(obj).__name__)
    return obj


def get_origin(tp):
    return getattr(tp, '__origin__', None) if isinstance(tp, (_GenericAlias, _SpecialGeneric)) else None


def get_args(tp):
    return tp.__args__ if isinstance(tp, _GenericAlias) else ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    classes = reversed(obj.__mro__) if isinstance(obj, type) else (obj,)
    for klass in classes:
        hints.update(getattr(klass, '__annotations__', {}) or {})
    return {name: type(None) if value is None else value for name, value in hints.items()}


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if not any(base is _NamedTupleRoot for base in bases):
            return super().__new__(mcls, typename, bases, ns)
        annotations = ns.get('__annotations__', {})
        fields = list(annotations)
        defaults = [ns[name] for name in fields if name in ns]
        nt = _collections.namedtuple(typename, fields, defaults=defaults, module=ns.get('__module__'))
        nt.__annotations__ = dict(annotations)
        for key, value in ns.items():
            if key not in fields and key not in ('__module__', '__qualname__', '__annotations__', '__dict__'):
                setattr(nt, key, value)
        return nt

    def __call__(cls, typename=None, fields=None, /, **kwargs):
        if cls is not _NamedTupleRoot:
            return super().__call__(typename, fields, **kwargs)
        pairs = list(fields) if fields is not None else list(kwargs.items())
        nt = _collections.namedtuple(typename, [name for name, _ in pairs])
        nt.__annotations__ = dict(pairs)
        return nt


class _NamedTupleRoot(metaclass=_NamedTupleMeta):
    pass


NamedTuple = _NamedTupleRoot


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        annotations = {}
        for base in bases:
            annotations.update(getattr(base, '__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        ns['__annotations__'] = annotations
        ns['__total__'] = total
        return super().__new__(mcls, name, (dict,), ns)

    def __call__(cls, *args, **kwargs):
        if cls is _TypedDictRoot and args and isinstance(args[0], str):
            fields = args[1] if len(args) > 1 else kwargs
            return _TypedDictMeta(args[0], (_TypedDictRoot,), {'__annotations__': dict(fields)})
        return dict(*args, **kwargs)


class _TypedDictRoot(metaclass=_TypedDictMeta):
    pass


TypedDict = _TypedDictRoot
