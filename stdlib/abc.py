"""Abstract base classes: ABCMeta (abstract methods, virtual subclasses), ABC, abstractmethod."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    return getattr(value, '__isabstractmethod__', False) is True


def _abstract_names(namespace, bases):
    # The class's own abstract attributes plus inherited abstract names it does not override.
    names = {name for name, value in namespace.items() if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            value = namespace[name] if name in namespace else _inherited(bases, name)
            if _is_abstract(value):
                names.add(name)
    return frozenset(names)


def _inherited(bases, name):
    for base in bases:
        for klass in base.__mro__:
            if name in klass.__dict__:
                return klass.__dict__[name]
    return None


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        # Set before the class exists: the runtime decides how to instantiate a class when it is created.
        namespace['__abstractmethods__'] = _abstract_names(namespace, bases)
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        # Per class: a subclass must not read its base's version and so trust its own stale negative cache.
        cls._abc_cache_version = _cache_version[0]
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.add(subclass)
        _invalidate_caches()
        return subclass

    def __instancecheck__(cls, instance):
        subclass = getattr(instance, '__class__', None)
        if not isinstance(subclass, type):
            subclass = type(instance)
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls._abc_cache_version != _cache_version[0]:
            cls._abc_negative_cache = set()
            cls._abc_cache_version = _cache_version[0]
        if subclass in cls._abc_cache:
            return True
        if subclass in cls._abc_negative_cache:
            return False
        found = _check_subclass(cls, subclass)
        (cls._abc_cache if found else cls._abc_negative_cache).add(subclass)
        return found

    def _dump_registry(cls, file=None):
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {_cache_version[0]}', file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


_cache_version = [0]


def _invalidate_caches():
    _cache_version[0] += 1


def _check_subclass(cls, subclass):
    hook = getattr(cls, '__subclasshook__', None)
    hook = NotImplemented if hook is None else hook(subclass)
    if hook is not NotImplemented:
        return bool(hook)
    if cls in subclass.__mro__:
        return True
    for registered in cls._abc_registry:
        if issubclass(subclass, registered):
            return True
    for sub in type.__subclasses__(cls):
        if issubclass(subclass, sub):
            return True
    return False


def get_cache_token():
    return _cache_version[0]


def update_abstractmethods(cls):
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(dict(cls.__dict__), cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    __slots__ = ()
