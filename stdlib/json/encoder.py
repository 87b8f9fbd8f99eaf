"""JSONEncoder: Python values to JSON text, with indent, separators, sort_keys and default."""

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _escape_char(ch, ensure_ascii):
    special = _ESCAPES.get(ch)
    if special is not None:
        return special
    code = ord(ch)
    if code < 0x20 or (ensure_ascii and code > 0x7e):
        if code > 0xffff:
            code -= 0x10000
            return '\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))
        return '\\u%04x' % code
    return ch


def encode_string(s, ensure_ascii=True):
    out = []
    start = 0
    for i, ch in enumerate(s):
        if ch == '"' or ch == '\\' or ch < ' ' or (ensure_ascii and ch > '~'):
            out.append(s[start:i])
            out.append(_escape_char(ch, ensure_ascii))
            start = i + 1
    if start == 0:
        return '"' + s + '"'
    out.append(s[start:])
    return '"' + ''.join(out) + '"'


def _float_text(value, allow_nan):
    if value != value:
        text = 'NaN'
    elif value == float('inf'):
        text = 'Infinity'
    elif value == -float('inf'):
        text = '-Infinity'
    else:
        return float.__repr__(value)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant: ' + repr(value))
    return text


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return encode_string(o, self.ensure_ascii)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        chunks = []
        self._encode(o, chunks, indent, 0, {} if self.check_circular else None)
        return iter(chunks)

    def _encode(self, o, out, indent, level, markers):
        if isinstance(o, str):
            out.append(encode_string(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_text(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, indent, level, markers)
        elif isinstance(o, dict):
            self._encode_dict(o, out, indent, level, markers)
        else:
            self._enter(o, markers)
            self._encode(self.default(o), out, indent, level, markers)
            self._leave(o, markers)

    def _enter(self, o, markers):
        if markers is not None:
            if id(o) in markers:
                raise ValueError('Circular reference detected')
            markers[id(o)] = o

    def _leave(self, o, markers):
        if markers is not None:
            del markers[id(o)]

    def _open(self, out, bracket, indent, level):
        out.append(bracket)
        if indent is None:
            return self.item_separator
        newline = '\n' + indent * (level + 1)
        out.append(newline)
        return self.item_separator + newline

    def _close(self, out, bracket, indent, level):
        if indent is not None:
            out.append('\n' + indent * level)
        out.append(bracket)

    def _encode_list(self, items, out, indent, level, markers):
        if not items:
            out.append('[]')
            return
        self._enter(items, markers)
        separator = self._open(out, '[', indent, level)
        first = True
        for item in items:
            if not first:
                out.append(separator)
            first = False
            self._encode(item, out, indent, level + 1, markers)
        self._close(out, ']', indent, level)
        self._leave(items, markers)

    def _key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_text(key, self.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def _encode_dict(self, mapping, out, indent, level, markers):
        if not mapping:
            out.append('{}')
            return
        self._enter(mapping, markers)
        separator = self._open(out, '{', indent, level)
        items = sorted(mapping.items()) if self.sort_keys else mapping.items()
        first = True
        for key, value in items:
            text = self._key_text(key)
            if text is None:
                continue
            if not first:
                out.append(separator)
            first = False
            out.append(encode_string(text, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(value, out, indent, level + 1, markers)
        self._close(out, '}', indent, level)
        self._leave(mapping, markers)
