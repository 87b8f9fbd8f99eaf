"""Rational numbers: Fraction, exact arithmetic mixing with int and turning float when mixed with float."""
import math as _math
import numbers as _numbers

# CPython's numeric hash parameters on 64-bit builds (sys.hash_info.modulus and .inf).
_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159


def _parse_decimal_text(text):
    # '[sign] digits [. digits] [e exp]' or '[sign] num / den', spaces around allowed.
    s = text.strip().replace('_', '')
    if '/' in s:
        num, _, den = s.partition('/')
        if not _plain_int(num) or not den.isdigit():
            return None
        return int(num), int(den)
    sign = 1
    if s[:1] in '+-':
        sign = -1 if s[0] == '-' else 1
        s = s[1:]
    mantissa, exp = s, 0
    for marker in 'eE':
        if marker in s:
            mantissa, _, exp_text = s.partition(marker)
            if not _plain_int(exp_text):
                return None
            exp = int(exp_text)
            break
    whole, dot, frac = mantissa.partition('.')
    if not (whole or frac) or (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        return None
    num = int(whole + frac or '0')
    exp -= len(frac)
    if exp >= 0:
        return sign * num * 10 ** exp, 1
    return sign * num, 10 ** -exp


def _plain_int(text):
    body = text[1:] if text[:1] in '+-' else text
    return body.isdigit()


class Fraction:
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, int):
                n, d = int(numerator), 1
            elif isinstance(numerator, str):
                parsed = _parse_decimal_text(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                n, d = parsed
            elif hasattr(numerator, 'numerator') and hasattr(numerator, 'denominator'):
                n, d = numerator.numerator, numerator.denominator
            elif hasattr(numerator, 'as_integer_ratio'):
                n, d = numerator.as_integer_ratio()
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            n, d = numerator, denominator
        elif _is_rational(numerator) and _is_rational(denominator):
            n = numerator.numerator * denominator.denominator
            d = denominator.numerator * numerator.denominator
        else:
            raise TypeError('both arguments should be Rational instances')
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = _math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator = n // g
        self._denominator = d // g
        return self

    @classmethod
    def _from_coprime(cls, n, d):
        self = object.__new__(cls)
        self._numerator = n
        self._denominator = d
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        return cls(*dec.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction until the next convergent's denominator would be too big.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def _operands(self, other):
        # (n, d) of a rational operand, or None for float/complex/unknown ones.
        if isinstance(other, Fraction):
            return other._numerator, other._denominator
        if isinstance(other, int):
            return int(other), 1
        return None

    def __add__(self, other):
        pair = self._operands(other)
        if pair is not None:
            return Fraction(self._numerator * pair[1] + pair[0] * self._denominator, self._denominator * pair[1])
        return self._with_inexact(other, lambda a, b: a + b)

    def __radd__(self, other):
        pair = self._operands(other)
        if pair is not None:
            return Fraction(pair[0] * self._denominator + self._numerator * pair[1], self._denominator * pair[1])
        return self._with_inexact(other, lambda a, b: b + a)

    def __sub__(self, other):
        pair = self._operands(other)
        if pair is not None:
            return Fraction(self._numerator * pair[1] - pair[0] * self._denominator, self._denominator * pair[1])
        return self._with_inexact(other, lambda a, b: a - b)

    def __rsub__(self, other):
        pair = self._operands(other)
        if pair is not None:
            return Fraction(pair[0] * self._denominator - self._numerator * pair[1], self._denominator * pair[1])
        return self._with_inexact(other, lambda a, b: b - a)

    def __mul__(self, other):
        pair = self._operands(other)
        if pair is not None:
            return Fraction(self._numerator * pair[0], self._denominator * pair[1])
        return self._with_inexact(other, lambda a, b: a * b)

    __rmul__ = __mul__

    def __truediv__(self, other):
        pair = self._operands(other)
        if pair is not None:
            if pair[0] == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (self._numerator * pair[1]))
            return Fraction(self._numerator * pair[1], self._denominator * pair[0])
        return self._with_inexact(other, lambda a, b: a / b)

    def __rtruediv__(self, other):
        pair = self._operands(other)
        if pair is not None:
            if self._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (pair[0] * self._denominator))
            return Fraction(pair[0] * self._denominator, pair[1] * self._numerator)
        return self._with_inexact(other, lambda a, b: b / a)

    def __floordiv__(self, other):
        pair = self._operands(other)
        if pair is not None:
            return (self._numerator * pair[1]) // (self._denominator * pair[0])
        return self._with_inexact(other, lambda a, b: a // b)

    def __rfloordiv__(self, other):
        pair = self._operands(other)
        if pair is not None:
            return (pair[0] * self._denominator) // (pair[1] * self._numerator)
        return self._with_inexact(other, lambda a, b: b // a)

    def __mod__(self, other):
        pair = self._operands(other)
        if pair is not None:
            d = self._denominator * pair[1]
            return Fraction((self._numerator * pair[1]) % (pair[0] * self._denominator), d)
        return self._with_inexact(other, lambda a, b: a % b)

    def __rmod__(self, other):
        pair = self._operands(other)
        if pair is not None:
            d = self._denominator * pair[1]
            return Fraction((pair[0] * self._denominator) % (self._numerator * pair[1]), d)
        return self._with_inexact(other, lambda a, b: b % a)

    def __divmod__(self, other):
        pair = self._operands(other)
        if pair is not None:
            q = self // other
            return q, self - q * other
        return self._with_inexact(other, divmod)

    def __rdivmod__(self, other):
        pair = self._operands(other)
        if pair is not None:
            q = other // self
            return q, other - q * self
        return self._with_inexact(other, lambda a, b: divmod(b, a))

    def _with_inexact(self, other, op):
        if isinstance(other, (float, complex)):
            return op(float(self), other)
        return NotImplemented

    def __pow__(self, other):
        if isinstance(other, int) or (isinstance(other, Fraction) and other._denominator == 1):
            power = int(other)
            if power >= 0:
                return Fraction._from_coprime(self._numerator ** power, self._denominator ** power)
            if self._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (self._denominator ** -power))
            if self._numerator > 0:
                return Fraction._from_coprime(self._denominator ** -power, self._numerator ** -power)
            return Fraction._from_coprime((-self._denominator) ** -power, (-self._numerator) ** -power)
        if isinstance(other, Fraction):
            return float(self) ** float(other)
        if isinstance(other, (float, complex)):
            return float(self) ** other
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, int):
            return Fraction(other) ** self
        return other ** float(self)

    def __pos__(self):
        return Fraction._from_coprime(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction._from_coprime(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction._from_coprime(abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __float__(self):
        return self._numerator / self._denominator

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            twice = remainder * 2
            if twice < self._denominator or (twice == self._denominator and floor % 2 == 0):
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        inverse = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
        if not inverse:
            result = _HASH_INF
        else:
            result = hash(abs(self._numerator)) * inverse % _HASH_MODULUS
        result = result if self._numerator >= 0 else -result
        return -2 if result == -1 else result

    def __eq__(self, other):
        if isinstance(other, Fraction):
            return self._numerator == other._numerator and self._denominator == other._denominator
        if isinstance(other, int):
            return self._denominator == 1 and self._numerator == other
        if isinstance(other, float):
            if other != other or other in (float('inf'), float('-inf')):
                return False
            return self == Fraction(other)
        if isinstance(other, complex):
            return other.imag == 0 and self == other.real
        return NotImplemented

    def _compare(self, other, op):
        pair = self._operands(other)
        if pair is not None:
            return op(self._numerator * pair[1], pair[0] * self._denominator)
        if isinstance(other, float):
            if other != other or other in (float('inf'), float('-inf')):
                return op(0.0, other)
            return self._compare(Fraction(other), op)
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __bool__(self):
        return self._numerator != 0

    def __reduce__(self):
        return self.__class__, (self._numerator, self._denominator)

    def __copy__(self):
        return self if type(self) is Fraction else self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


def _is_rational(value):
    return isinstance(value, (int, Fraction))


_numbers.Rational.register(Fraction)
