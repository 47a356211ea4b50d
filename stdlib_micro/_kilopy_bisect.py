"""kilopy's bisect: `import bisect` (and `from bisect import ...`) finds this file when no bisect.py
is in the program's folder or a --path folder; under python3 `import bisect` is CPython's own
module, whose results these functions give (tests/check_stdlib.py compares the two). a is a list
sorted in ascending order; x is compared with `<` only, as CPython does (x < a[mid] to the right,
a[mid] < x to the left): ints, strs, tuples of them, or objects whose class defines __lt__. A
function takes one element type per program (kilopy gives each parameter one type); key= is not
taken here."""


def _search(a, x, lo, hi, right):
    """The index where x would go in a[lo:hi]: after every element equal to it if right, else
    before them."""
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if (x < a[mid]) if right else not (a[mid] < x):
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_right(a, x, lo=0, hi=None):
    """The index where x would go in a[lo:hi] after every element equal to it."""
    return _search(a, x, lo, hi, True)


def bisect_left(a, x, lo=0, hi=None):
    """The index where x would go in a[lo:hi] before every element equal to it."""
    return _search(a, x, lo, hi, False)


def bisect(a, x, lo=0, hi=None):
    """bisect_right."""
    return _search(a, x, lo, hi, True)


def insort_right(a, x, lo=0, hi=None):
    """Inserts x into a at bisect_right(a, x, lo, hi)."""
    a.insert(_search(a, x, lo, hi, True), x)


def insort_left(a, x, lo=0, hi=None):
    """Inserts x into a at bisect_left(a, x, lo, hi)."""
    a.insert(_search(a, x, lo, hi, False), x)


def insort(a, x, lo=0, hi=None):
    """insort_right."""
    a.insert(_search(a, x, lo, hi, True), x)
