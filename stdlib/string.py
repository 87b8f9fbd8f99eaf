"""String constants, capwords and $-substitution Templates."""

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


def _is_identifier_start(ch):
    return ch == '_' or ch in ascii_letters


def _is_identifier_char(ch):
    return ch == '_' or ch in ascii_letters or ch in digits


class Template:
    delimiter = '$'
    idpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, strict):
        # Walks the template once; each placeholder is $$, $name, ${name} or an invalid $.
        text = self.template
        delim = self.delimiter
        out = []
        pos = 0
        while True:
            found = text.find(delim, pos)
            if found < 0:
                out.append(text[pos:])
                return ''.join(out)
            out.append(text[pos:found])
            start = found + len(delim)
            if text.startswith(delim, start):
                out.append(delim)
                pos = start + len(delim)
                continue
            braced = text.startswith('{', start)
            name_start = start + 1 if braced else start
            end = name_start
            if end < len(text) and _is_identifier_start(text[end]):
                end += 1
                while end < len(text) and _is_identifier_char(text[end]):
                    end += 1
            name = text[name_start:end]
            if name and (not braced or text.startswith('}', end)):
                pos = end + 1 if braced else end
                if name in mapping:
                    out.append(str(mapping[name]))
                elif strict:
                    raise KeyError(name)
                else:
                    out.append(text[found:pos])
                continue
            if strict:
                self._invalid(start)
            out.append(delim)
            pos = start

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merged(mapping, kws), True)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merged(mapping, kws), False)

    def get_identifiers(self):
        names = []
        collector = _Collector(names)
        self._scan(collector, False)
        return names

    def is_valid(self):
        try:
            self._scan(_Collector([]), True)
        except ValueError:
            return False
        return True


class _Collector:
    """A mapping that records the names looked up in it."""
    def __init__(self, names):
        self.names = names

    def __contains__(self, name):
        if name not in self.names:
            self.names.append(name)
        return True

    def __getitem__(self, name):
        return ''


def _merged(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    merged = dict(mapping)
    merged.update(kws)
    return merged
