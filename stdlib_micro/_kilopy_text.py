"""The str work behind builtins that kilopy's compiler calls here (frontend/link.cpp,
lower_text_calls): `int(s, base)` is int_base(s, base), `s.strip(chars)`, `lstrip`, `rstrip`
are strip_chars(s, chars, sides), `s.find(sub, start, end)` is find_from(s, sub, start, end)
(rfind, count, index, rindex, startswith and endswith with bounds likewise; index() of a list,
a tuple or an array too) and `s.replace()` with computed arguments or a count replace_text and
replace_count. Not for import by programs; CPython runs its own builtins."""


def _digit(c):
    """The value of the ASCII digit or letter c (a and A are 10), or 36 for any other character."""
    o = ord(c)
    if 48 <= o <= 57:
        return o - 48
    if 97 <= o <= 122:
        return o - 87
    if 65 <= o <= 90:
        return o - 55
    return 36


def _prefix_base(t, i):
    """16, 8 or 2 if t[i:] starts with 0x, 0o or 0b (either case), else 0."""
    if i + 1 >= len(t) or t[i] != "0":
        return 0
    p = t[i + 1]
    if p == "x" or p == "X":
        return 16
    if p == "o" or p == "O":
        return 8
    if p == "b" or p == "B":
        return 2
    return 0


def _bad_literal(s, base):
    """CPython's ValueError text for s, its repr cut to 200 characters."""
    return "invalid literal for int() with base " + str(base) + ": " + repr(s)[:200]


def _int_space(c):
    """Whether int() skips c around a number: whitespace, but for \\x1c-\\x1f (CPython's int()
    takes only " \\t\\n\\v\\f\\r" of ASCII; kilopy's isspace() of other text stops the program)."""
    o = ord(c)
    if o < 128:
        return o == 32 or 9 <= o <= 13
    return c.isspace()


def int_base(s, base):
    """CPython's int(s, base): whitespace around, a sign, the prefix of the base (any with base
    0), digits with single underscores between them (and after a prefix). Every character is
    checked before any digit is summed in, so an invalid text is a ValueError, never an
    OverflowError. A negative number is summed downwards, so its width's least int parses
    without overflow."""
    if base != 0 and (base < 2 or base > 36):
        raise ValueError("int() base must be >= 2 and <= 36, or 0")
    start = 0
    end = len(s)
    while start < end and _int_space(s[start]):
        start += 1
    while end > start and _int_space(s[end - 1]):
        end -= 1
    t = s[start:end]
    n = len(t)
    i = 0
    negative = False
    if i < n and (t[i] == "+" or t[i] == "-"):
        negative = t[i] == "-"
        i += 1
    b = base
    p = _prefix_base(t, i)
    after_prefix = p != 0 and (b == 0 or b == p)
    if after_prefix:
        b = p
        i += 2
    zeros_only = b == 0 and i < n and t[i] == "0"  # base 0 takes no leading zero but in 0, 00, 0_0
    if b == 0:
        b = 10
    first = i
    digits = 0
    underscore_ok = after_prefix
    while i < n:
        c = t[i]
        if c == "_" and underscore_ok:
            underscore_ok = False
        else:
            if ord(c) > 127 and not c.isdigit():  # kilopy stops at isdigit() of non-ASCII text
                raise ValueError(_bad_literal(s, base))
            d = _digit(c)
            if d >= b or (zeros_only and d != 0):
                raise ValueError(_bad_literal(s, base))
            digits += 1
            underscore_ok = True
        i += 1
    if digits == 0 or t[n - 1] == "_":
        raise ValueError(_bad_literal(s, base))
    value = 0
    for c in t[first:]:
        if c != "_":
            value = value * b - _digit(c) if negative else value * b + _digit(c)
    return value


def strip_chars(s, chars, sides):
    """s without the characters of chars at its start (sides 1 or 3) and its end (sides 2 or 3)."""
    i = 0
    j = len(s)
    if sides != 2:
        while i < j and s[i] in chars:
            i += 1
    if sides != 1:
        while j > i and s[j - 1] in chars:
            j -= 1
    return s[i:j]


def _start(start, n):
    """A slice's start in a sequence of n items: a negative one counts from the end (at least 0);
    one past the end stays there, as in CPython's own bounds for find() and index()."""
    return max(start + n, 0) if start < 0 else start


def _end(end, n):
    """A slice's end in a sequence of n items: a negative one counts from the end, any one in 0..n."""
    if end < 0:
        return max(end + n, 0)
    return min(end, n)


def find_from(s, sub, start, end=32767):
    """s.find(sub, start, end): the lowest index in start..end at which all of sub lies, or -1
    (end's default lies past the end of any str or list kilopy holds)."""
    start = _start(start, len(s))
    end = _end(end, len(s))
    if end - start < len(sub):
        return -1
    i = s[start:end].find(sub)
    return i + start if i >= 0 else -1


def rfind_from(s, sub, start, end=32767):
    """s.rfind(sub, start, end): the highest such index, or -1."""
    start = _start(start, len(s))
    end = _end(end, len(s))
    if end - start < len(sub):
        return -1
    i = s[start:end].rfind(sub)
    return i + start if i >= 0 else -1


def count_from(s, sub, start, end=32767):
    """s.count(sub, start, end): how many times sub lies in s[start:end], without overlaps."""
    start = _start(start, len(s))
    end = _end(end, len(s))
    if end - start < len(sub):
        return 0
    return s[start:end].count(sub)


def index_from(xs, v, start, end=32767):
    """xs.index(v, start, end) of a str, a list, a tuple or an array: find()'s index, but a value
    not found raises xs.index(v)'s own ValueError ("substring not found", "5 is not in list")."""
    start = _start(start, len(xs))
    end = _end(end, len(xs))
    i = xs[start:end].index(v)
    if start > end:  # only "" is found in the empty slice, where CPython finds nothing
        raise ValueError("substring not found")
    return i + start


def rindex_from(s, sub, start, end=32767):
    """s.rindex(sub, start, end): rfind()'s index, or "substring not found"."""
    start = _start(start, len(s))
    end = _end(end, len(s))
    i = s[start:end].rindex(sub)
    if start > end:
        raise ValueError("substring not found")
    return i + start


def starts_from(s, prefix, start, end=32767):
    """s.startswith(prefix, start, end): whether s[start:end] starts with prefix (never where
    start passes end, even for "")."""
    start = _start(start, len(s))
    end = _end(end, len(s))
    return end - start >= len(prefix) and s[start:end].startswith(prefix)


def ends_from(s, suffix, start, end=32767):
    """s.endswith(suffix, start, end): whether s[start:end] ends with suffix."""
    start = _start(start, len(s))
    end = _end(end, len(s))
    return end - start >= len(suffix) and s[start:end].endswith(suffix)


def replace_text(s, old, new):
    """s.replace(old, new) where the call gives old or new as an expression (the compiler's own
    replace takes a literal or a name: here both are names, read in CPython's order)."""
    return s.replace(old, new)


def replace_count(s, old, new, count):
    """s.replace(old, new, count): the first count occurrences of old, left to right, every one
    for a negative count; old "" puts new before each of the first count characters (and at the
    end when count passes them)."""
    if count < 0:
        return s.replace(old, new)
    if old == "":
        out = ""
        i = 0
        while i < len(s) and i < count:
            out += new + s[i]
            i += 1
        if count > len(s):
            out += new
        return out + s[i:]
    return new.join(s.split(old, count))
