"""kilopy's math: the int functions of CPython's math module (isqrt, gcd, lcm, factorial, comb,
perm, prod), with CPython's results and ValueError messages. What `import math` gives under
python3 is CPython's own module (a built-in one, found before stdlib_micro/), so the two must
and do agree. Every intermediate value stays within the result's size (comb and perm divide as
they go), so an OverflowError comes only where CPython's result itself outgrows the int width.
The float functions (sqrt, log, exp, sin, floor of a float, pi, ...) do not exist (kilopy has
no floats): isqrt(n) is the integer square root. As CPython's, the functions take their
arguments by position (prod's start by keyword)."""


def isqrt(n, /):
    """The integer square root of n >= 0: the largest r with r * r <= n."""
    if n < 0:
        raise ValueError("isqrt() argument must be nonnegative")
    if n < 2:
        return n
    r = n // 2 + 1  # at least the root, and r + n // r stays within n's size
    s = (r + n // r) // 2
    while s < r:
        r = s
        s = (r + n // r) // 2
    return r


def gcd(a=0, b=0, c=0, d=0, /):
    """The greatest common divisor of the arguments (up to four), >= 0 (gcd() is 0). Euclid's
    steps keep |a| within the arguments' sizes; only the last abs() can outgrow them
    (gcd(-32768, 0))."""
    while b:
        a, b = b, a % b
    while c:
        a, c = c, a % c
    while d:
        a, d = d, a % d
    return abs(a)


def lcm(a=1, b=1, c=1, d=1, /):
    """The least common multiple of the arguments (up to four), >= 0 (0 if any is 0)."""
    if a == 0 or b == 0 or c == 0 or d == 0:
        return 0
    a = abs(a // gcd(a, b) * b)
    a = abs(a // gcd(a, c) * c)
    return abs(a // gcd(a, d) * d)


def factorial(n, /):
    """n! for n >= 0."""
    if n < 0:
        raise ValueError("factorial() not defined for negative values")
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def _falling(n, k):
    """n * (n - 1) * ... * (n - k + 1), k factors (0 <= k <= n)."""
    r = 1
    for i in range(k):
        r *= n - i
    return r


def _check_choice(n, k):
    """CPython's ValueError for a negative n or k of comb() and perm()."""
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")


def comb(n, k, /):
    """The number of ways to choose k of n items: n! / (k! (n - k)!), 0 when k > n."""
    _check_choice(n, k)
    if k > n:
        return 0
    k = min(k, n - k)
    r = 1
    for i in range(k):
        # r is comb(n, i); r * (n - i) / (i + 1) is comb(n, i + 1), divided before multiplying
        g = gcd(r, i + 1)
        r = r // g * ((n - i) // ((i + 1) // g))
    return r


def perm(n, k=None, /):
    """The number of ordered choices of k of n items: n! / (n - k)!, 0 when k > n; perm(n) is n!."""
    if k is None:
        return factorial(n)
    _check_choice(n, int(k))  # k is not None here
    if k > n:
        return 0
    return _falling(n, int(k))


def prod(xs, /, *, start=1):
    """The product of start and the ints of xs."""
    r = start
    for x in xs:
        r *= x
    return r
