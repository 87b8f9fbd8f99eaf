"""The numeric tower of abstract base classes: Number > Complex > Real > Rational > Integral."""
from abc import ABCMeta, abstractmethod


class Number(metaclass=ABCMeta):
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """Return a builtin complex instance."""

    def __bool__(self):
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real part of this number."""

    @property
    @abstractmethod
    def imag(self):
        """The imaginary part of this number."""

    @abstractmethod
    def __add__(self, other):
        """self + other"""

    @abstractmethod
    def __radd__(self, other):
        """other + self"""

    @abstractmethod
    def __neg__(self):
        """-self"""

    @abstractmethod
    def __pos__(self):
        """+self"""

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        """self * other"""

    @abstractmethod
    def __rmul__(self, other):
        """other * self"""

    @abstractmethod
    def __truediv__(self, other):
        """self / other"""

    @abstractmethod
    def __rtruediv__(self, other):
        """other / self"""

    @abstractmethod
    def __pow__(self, exponent):
        """self ** exponent"""

    @abstractmethod
    def __rpow__(self, base):
        """base ** self"""

    @abstractmethod
    def __abs__(self):
        """The Real distance from 0."""

    @abstractmethod
    def conjugate(self):
        """(x+y*i).conjugate() returns (x-y*i)."""

    @abstractmethod
    def __eq__(self, other):
        """self == other"""


class Real(Complex):
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """Any Real can be converted to a native float object."""

    @abstractmethod
    def __trunc__(self):
        """Truncates self to an Integral."""

    @abstractmethod
    def __floor__(self):
        """Finds the greatest Integral <= self."""

    @abstractmethod
    def __ceil__(self):
        """Finds the least Integral >= self."""

    @abstractmethod
    def __round__(self, ndigits=None):
        """Rounds self to ndigits decimal places."""

    def __divmod__(self, other):
        return self // other, self % other

    def __rdivmod__(self, other):
        return other // self, other % self

    @abstractmethod
    def __floordiv__(self, other):
        """self // other"""

    @abstractmethod
    def __rfloordiv__(self, other):
        """other // self"""

    @abstractmethod
    def __mod__(self, other):
        """self % other"""

    @abstractmethod
    def __rmod__(self, other):
        """other % self"""

    @abstractmethod
    def __lt__(self, other):
        """self < other"""

    @abstractmethod
    def __le__(self, other):
        """self <= other"""

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


class Rational(Real):
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        """The numerator in lowest terms."""

    @property
    @abstractmethod
    def denominator(self):
        """The positive denominator in lowest terms."""

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        """int(self)"""

    def __index__(self):
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """self ** exponent % modulus"""

    @abstractmethod
    def __lshift__(self, other):
        """self << other"""

    @abstractmethod
    def __rlshift__(self, other):
        """other << self"""

    @abstractmethod
    def __rshift__(self, other):
        """self >> other"""

    @abstractmethod
    def __rrshift__(self, other):
        """other >> self"""

    @abstractmethod
    def __and__(self, other):
        """self & other"""

    @abstractmethod
    def __rand__(self, other):
        """other & self"""

    @abstractmethod
    def __xor__(self, other):
        """self ^ other"""

    @abstractmethod
    def __rxor__(self, other):
        """other ^ self"""

    @abstractmethod
    def __or__(self, other):
        """self | other"""

    @abstractmethod
    def __ror__(self, other):
        """other | self"""

    @abstractmethod
    def __invert__(self):
        """~self"""

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Complex.register(complex)
Real.register(float)
Integral.register(int)
