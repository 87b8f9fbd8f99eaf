"""Iterator building blocks: infinite, terminating and combinatoric iterators."""


class count:
    def __init__(self, start=0, step=1):
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if self._step == 1:
            return 'count(%r)' % (self._next,)
        return 'count(%r, %r)' % (self._next, self._step)


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


class repeat:
    def __init__(self, object, times=None):
        self._object = object
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        return 0 if self._times is None else max(self._times, 0)

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %r)' % (self._object, max(self._times, 0))


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class chain:
    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterables):
        result = cls()
        result._sources = iter(iterables)
        return result

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._sources))
            for element in self._active:
                return element
            self._active = None


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for element in it:
        if not predicate(element):
            yield element
            break
    for element in it:
        yield element


def takewhile(predicate, iterable):
    for element in iterable:
        if not predicate(element):
            break
        yield element


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for element in iterable:
        if not predicate(element):
            yield element


class groupby:
    def __init__(self, iterable, key=None):
        self._key = (lambda v: v) if key is None else key
        self._it = iter(iterable)
        self._target = self._current = self._value = _START_MARK
        self._group_id = 0

    def __iter__(self):
        return self

    def __next__(self):
        self._group_id += 1
        if self._current is _DONE_MARK:
            raise StopIteration
        while self._current is not _START_MARK and self._current == self._target:
            self._advance()
        if self._current is _START_MARK:
            self._advance()
        self._target = self._current
        return self._current, self._group(self._group_id, self._target)

    def _advance(self):
        self._value = next(self._it)
        self._current = self._key(self._value)

    def _group(self, group_id, target):
        while self._group_id == group_id and self._current == target:
            yield self._value
            try:
                self._advance()
            except StopIteration:
                self._current = _DONE_MARK
                return


_START_MARK = object()
_DONE_MARK = object()


def islice(iterable, *args):
    if not 1 <= len(args) <= 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
    if len(args) == 1:
        start, stop, step = 0, args[0], 1
    else:
        start, stop = args[0] or 0, args[1]
        step = 1 if len(args) < 3 or args[2] is None else args[2]
    for name, value in (('Indices', start), ('Stop argument', stop)):
        if value is not None and (not isinstance(value, int) or value < 0):
            raise ValueError(name + ' for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    if not isinstance(step, int) or step <= 0:
        raise ValueError('Step for islice() must be a positive integer or None.')
    it = iter(iterable)
    index = 0
    wanted = start
    if stop is not None and stop <= start:
        for _ in zip(range(stop), it):
            pass
        return
    for element in it:
        if index == wanted:
            yield element
            wanted += step
            if stop is not None and wanted >= stop:
                for _ in zip(range(index + 1, min(wanted, stop)), it):
                    pass
                return
        index += 1


def pairwise(iterable):
    it = iter(iterable)
    for a in it:
        for b in it:
            yield a, b
            a = b
        return


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError('n must be >= 0')
    source = iter(iterable)
    buffers = [[] for _ in range(n)]

    def branch(own):
        while True:
            if not own:
                try:
                    value = next(source)
                except StopIteration:
                    return
                for buffer in buffers:
                    buffer.append(value)
            yield own.pop(0)
    return tuple(branch(buffer) for buffer in buffers)


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    remaining = len(iterators)
    if not remaining:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                remaining -= 1
                if not remaining:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [()]
    for pool in pools:
        result = [prefix + (item,) for prefix in result for item in pool]
    for combo in result:
        yield combo


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError('r must be non-negative')
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError('r must be non-negative')
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError('r must be non-negative')
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
