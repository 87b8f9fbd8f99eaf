"""Pretty printing of nested dicts, lists, tuples and sets: pprint, pformat, pp, PrettyPrinter, saferepr."""
import sys as _sys


class _SafeKey:
    """Orders mixed-type keys: by value when comparable, else by type name and id."""
    __slots__ = ('obj',)

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _safe_tuple(pair):
    return _SafeKey(pair[0]), _SafeKey(pair[1])


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._indent_per_level = indent
        self._width = width
        self._depth = depth
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream if self._stream is not None else _sys.stdout
        stream.write(self.pformat(object) + '\n')

    def pformat(self, object):
        out = []
        self._format(object, out, 0, 0, {}, 0)
        return ''.join(out)

    def isrecursive(self, object):
        return self._safe_repr(object, {}, None, 0)[2]

    def isreadable(self, object):
        rep, readable, recursive = self._safe_repr(object, {}, None, 0)
        return readable and not recursive

    def _format(self, object, out, indent, allowance, context, level):
        key = id(object)
        if key in context:
            out.append('<Recursion on %s with id=%s>' % (type(object).__name__, key))
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            printer = self._dispatch.get(type(object).__repr__)
            if printer is not None:
                context[key] = 1
                printer(self, object, out, indent, allowance, context, level + 1)
                del context[key]
                return
        out.append(rep)

    def _pprint_dict(self, object, out, indent, allowance, context, level):
        out.append('{')
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * ' ')
        if len(object):
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            self._format_dict_items(list(items), out, indent, allowance + 1, context, level)
        out.append('}')

    def _format_dict_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            out.append(rep)
            out.append(': ')
            self._format(value, out, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                out.append(newline)

    def _pprint_list(self, object, out, indent, allowance, context, level):
        out.append('[')
        self._format_items(object, out, indent, allowance + 1, context, level)
        out.append(']')

    def _pprint_tuple(self, object, out, indent, allowance, context, level):
        out.append('(')
        end = ',)' if len(object) == 1 else ')'
        self._format_items(object, out, indent, allowance + len(end), context, level)
        out.append(end)

    def _pprint_set(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        typ = object.__class__
        if typ is set:
            out.append('{')
            end = '}'
        else:
            out.append(typ.__name__ + '({')
            end = '})'
            indent += len(typ.__name__) + 1
        items = sorted(object, key=_SafeKey)
        self._format_items(items, out, indent, allowance + len(end), context, level)
        out.append(end)

    def _pprint_str(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        rep = ''
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
                continue
            parts = _words_with_trailing_space(line)
            max_width2 = max_width
            current = ''
            for j, part in enumerate(parts):
                candidate = current + part
                if j == len(parts) - 1 and i == len(lines) - 1:
                    max_width2 -= allowance
                if len(repr(candidate)) > max_width2:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            out.append(rep)
            return
        if level == 1:
            out.append('(')
        for i, chunk in enumerate(chunks):
            if i > 0:
                out.append('\n' + ' ' * indent)
            out.append(chunk)
        if level == 1:
            out.append(')')

    def _format_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * ' ')
        newline = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        items = list(items)
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                needed = len(rep) + 2
                if width < needed:
                    width = max_width
                    if delim:
                        delim = newline
                if width >= needed:
                    width -= needed
                    out.append(delim)
                    delim = ', '
                    out.append(rep)
                    continue
            out.append(delim)
            delim = newline
            self._format(item, out, indent, allowance if last else 1, context, level)

    def _repr(self, object, context, level):
        return self._safe_repr(object, context.copy(), self._depth, level)[0]

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level)

    def _safe_repr(self, object, context, maxlevels, level):
        # (repr, readable, recursive), with dict keys sorted and recursion and depth cut short.
        typ = type(object)
        if typ in _SCALARS:
            if typ is int and self._underscore_numbers:
                return '{:_d}'.format(object), True, False
            return repr(object), True, False
        builtin_repr = typ.__repr__
        if builtin_repr is dict.__repr__:
            if not object:
                return '{}', True, False
            opening, closing, parts = '{', '}', None
        elif builtin_repr is list.__repr__ or builtin_repr is tuple.__repr__:
            if not object:
                return repr(object), True, False
            if issubclass(typ, list):
                opening, closing = '[', ']'
            else:
                opening, closing = '(', ',)' if len(object) == 1 else ')'
        else:
            rep = repr(object)
            return rep, bool(rep) and not rep.startswith('<'), False
        key = id(object)
        if maxlevels and level >= maxlevels:
            return opening + '...' + closing[-1], False, key in context
        if key in context:
            return '<Recursion on %s with id=%s>' % (typ.__name__, key), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        if opening == '{':
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            for k, v in items:
                krep, kreadable, krecur = self._safe_repr(k, context, maxlevels, level + 1)
                vrep, vreadable, vrecur = self._safe_repr(v, context, maxlevels, level + 1)
                parts.append('%s: %s' % (krep, vrep))
                readable = readable and kreadable and vreadable
                recursive = recursive or krecur or vrecur
        else:
            for item in object:
                rep, item_readable, item_recursive = self._safe_repr(item, context, maxlevels, level + 1)
                parts.append(rep)
                readable = readable and item_readable
                recursive = recursive or item_recursive
        del context[key]
        return opening + ', '.join(parts) + closing, readable, recursive

    _dispatch = {}


def _words_with_trailing_space(line):
    # Each word with the whitespace after it (leading whitespace forms a part of its own).
    parts = []
    i = 0
    while i < len(line):
        j = i
        while j < len(line) and not line[j].isspace():
            j += 1
        while j < len(line) and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


_SCALARS = frozenset({str, bytes, bytearray, int, float, complex, bool, type(None)})
PrettyPrinter._dispatch[str.__repr__] = PrettyPrinter._pprint_str
PrettyPrinter._dispatch[dict.__repr__] = PrettyPrinter._pprint_dict
PrettyPrinter._dispatch[list.__repr__] = PrettyPrinter._pprint_list
PrettyPrinter._dispatch[tuple.__repr__] = PrettyPrinter._pprint_tuple
PrettyPrinter._dispatch[set.__repr__] = PrettyPrinter._pprint_set
PrettyPrinter._dispatch[frozenset.__repr__] = PrettyPrinter._pprint_set


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter().isreadable(object)


def isrecursive(object):
    return PrettyPrinter().isrecursive(object)
