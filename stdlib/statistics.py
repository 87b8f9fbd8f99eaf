"""Descriptive statistics computed exactly through fractions: mean, median, mode, variance, stdev."""
import math as _math
from collections import Counter as _Counter
from fractions import Fraction as _Fraction


class StatisticsError(ValueError):
    pass


def _exact_sum(data):
    # The total as an exact Fraction, with the common input type (int, float or Fraction), and the count.
    total = _Fraction(0)
    kind = int
    count = 0
    for x in data:
        if isinstance(x, bool) or isinstance(x, int):
            total += x
        elif isinstance(x, float):
            if kind is int:
                kind = float
            total += _Fraction(x) if _math.isfinite(x) else 0
            if not _math.isfinite(x):
                return x, float, count + 1, True
        elif isinstance(x, _Fraction):
            if kind is int:
                kind = _Fraction
            total += x
        else:
            raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)
        count += 1
    return total, kind, count, False


def _convert(value, kind):
    if kind is int:
        return int(value) if value.denominator == 1 else float(value)
    if kind is float:
        return float(value)
    return value


def mean(data):
    total, kind, n, special = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if special:
        return total
    return _convert(total / n, kind)


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        if not data:
            raise StatisticsError('fmean requires at least one data point')
        return _math.fsum(data) / len(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    total = _math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return _math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    data = list(data)
    if not data:
        raise StatisticsError('geometric_mean requires at least one data point')
    try:
        return _math.exp(fmean(_math.log(x) for x in data))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data):
    data = list(data)
    if not data:
        raise StatisticsError('harmonic_mean requires at least one data point')
    for x in data:
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
    if any(x == 0 for x in data):
        return 0
    # Each reciprocal is computed in the data's own arithmetic (1 / int is a float), then summed exactly.
    total, kind, n, _ = _exact_sum(1 / x for x in data)
    return _convert(n / total, kind)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    if not data:
        raise StatisticsError('no median for empty data')
    return data[(len(data) - 1) // 2]


def median_high(data):
    data = sorted(data)
    if not data:
        raise StatisticsError('no median for empty data')
    return data[len(data) // 2]


def mode(data):
    pairs = _Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    counts = _Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def _sum_of_squares(data, center):
    data = list(data)
    if center is None:
        total, kind, n, _ = _exact_sum(data)
        center_exact = total / n if n else _Fraction(0)
    else:
        _, kind, n, _ = _exact_sum(data)
        center_exact = _Fraction(center)
    squares = sum((_Fraction(x) - center_exact) ** 2 for x in data)
    deviation = sum(_Fraction(x) - center_exact for x in data)
    return kind, squares - deviation ** 2 / n if n else _Fraction(0), n


def variance(data, xbar=None):
    kind, ss, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), kind)


def pvariance(data, mu=None):
    kind, ss, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, kind)


def _sqrt_round_to_odd(n, m):
    # floor(sqrt(n/m)), with the low bit set when inexact, so that a final float division rounds correctly.
    root = _math.isqrt(n // m)
    return root | (root * root * m != n)


def _float_sqrt_of_fraction(n, m):
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift >= 0:
        return float(_sqrt_round_to_odd(n, m << 2 * shift) << shift)
    return _sqrt_round_to_odd(n << -2 * shift, m) / (1 << -shift)


def stdev(data, xbar=None):
    kind, ss, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    return _float_sqrt_of_fraction(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    kind, ss, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    return _float_sqrt_of_fraction(mss.numerator, mss.denominator)


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))
