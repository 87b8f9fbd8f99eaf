"""JSONDecoder: JSON text to Python values, with CPython's JSONDecodeError messages and positions."""

_WHITESPACE = ' \t\n\r'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}
_DIGITS = '0123456789'


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        super().__init__('%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class _Parser:
    def __init__(self, decoder, text):
        self.text = text
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.strict = decoder.strict

    def skip(self, pos):
        text = self.text
        while pos < len(text) and text[pos] in _WHITESPACE:
            pos += 1
        return pos

    def value(self, pos):
        text = self.text
        ch = text[pos] if pos < len(text) else ''
        if ch == '"':
            return self.string(pos + 1)
        if ch == '{':
            return self.object(pos + 1)
        if ch == '[':
            return self.array(pos + 1)
        if ch == 'n' and text.startswith('null', pos):
            return None, pos + 4
        if ch == 't' and text.startswith('true', pos):
            return True, pos + 4
        if ch == 'f' and text.startswith('false', pos):
            return False, pos + 5
        for name in ('NaN', 'Infinity', '-Infinity'):
            if text.startswith(name, pos):
                return self.parse_constant(name), pos + len(name)
        if ch == '-' or ch in _DIGITS and ch != '':
            found = self.number(pos)
            if found is not None:
                return found
        raise JSONDecodeError('Expecting value', text, pos)

    def number(self, pos):
        text = self.text
        end = pos
        if text[end] == '-':
            end += 1
        if end < len(text) and text[end] == '0':
            end += 1
        elif end < len(text) and text[end] in _DIGITS:
            while end < len(text) and text[end] in _DIGITS:
                end += 1
        else:
            return None
        is_float = False
        if end + 1 < len(text) and text[end] == '.' and text[end + 1] in _DIGITS:
            is_float = True
            end += 2
            while end < len(text) and text[end] in _DIGITS:
                end += 1
        if end < len(text) and text[end] in 'eE':
            exp = end + 1
            if exp < len(text) and text[exp] in '+-':
                exp += 1
            if exp < len(text) and text[exp] in _DIGITS:
                is_float = True
                end = exp
                while end < len(text) and text[end] in _DIGITS:
                    end += 1
        literal = text[pos:end]
        return (self.parse_float(literal) if is_float else self.parse_int(literal)), end

    def string(self, pos):
        text = self.text
        begin = pos - 1
        parts = []
        while True:
            chunk_start = pos
            while pos < len(text) and text[pos] != '"' and text[pos] != '\\' and (text[pos] >= ' ' or not self.strict):
                pos += 1
            parts.append(text[chunk_start:pos])
            if pos >= len(text):
                raise JSONDecodeError('Unterminated string starting at', text, begin)
            ch = text[pos]
            if ch == '"':
                return ''.join(parts), pos + 1
            if ch != '\\':
                raise JSONDecodeError('Invalid control character at', text, pos)
            pos += 1
            if pos >= len(text):
                raise JSONDecodeError('Unterminated string starting at', text, begin)
            esc = text[pos]
            if esc != 'u':
                simple = _SIMPLE_ESCAPES.get(esc)
                if simple is None:
                    raise JSONDecodeError('Invalid \\escape', text, pos - 1)
                parts.append(simple)
                pos += 1
                continue
            code = self.hex4(pos + 1)
            pos += 5
            if 0xd800 <= code <= 0xdbff and text.startswith('\\u', pos):
                low = self.hex4(pos + 2)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    pos += 6
            parts.append(chr(code))

    def hex4(self, pos):
        digits = self.text[pos:pos + 4]
        if len(digits) == 4 and all(c in '0123456789abcdefABCDEF' for c in digits):
            return int(digits, 16)
        raise JSONDecodeError('Invalid \\uXXXX escape', self.text, pos - 1)

    def object(self, pos):
        text = self.text
        pairs = []
        pos = self.skip(pos)
        if pos < len(text) and text[pos] == '}':
            return self.finish_object(pairs), pos + 1
        while True:
            if pos >= len(text) or text[pos] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', text, pos)
            key, pos = self.string(pos + 1)
            pos = self.skip(pos)
            if pos >= len(text) or text[pos] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", text, pos)
            pos = self.skip(pos + 1)
            value, pos = self.value(pos)
            pairs.append((key, value))
            pos = self.skip(pos)
            if pos < len(text) and text[pos] == '}':
                return self.finish_object(pairs), pos + 1
            if pos >= len(text) or text[pos] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", text, pos)
            pos = self.skip(pos + 1)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def array(self, pos):
        text = self.text
        items = []
        pos = self.skip(pos)
        if pos < len(text) and text[pos] == ']':
            return items, pos + 1
        while True:
            value, pos = self.value(pos)
            items.append(value)
            pos = self.skip(pos)
            if pos < len(text) and text[pos] == ']':
                return items, pos + 1
            if pos >= len(text) or text[pos] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", text, pos)
            pos = self.skip(pos + 1)


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        parser = _Parser(self, s)
        value, end = self.raw_decode(s, parser.skip(0), parser)
        end = parser.skip(end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return value

    def raw_decode(self, s, idx=0, parser=None):
        if parser is None:
            parser = _Parser(self, s)
        return parser.value(idx)
