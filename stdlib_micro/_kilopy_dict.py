"""The dict work behind methods that kilopy's compiler calls here (frontend/link.cpp,
lower_helper_calls): `d.get(k)` (`d.get(k, None)`) is get_or_none(d, k) and `d.pop(k, None)`
pop_or_none(d, k) where d or k is computed (`d.get(w.lower())`), which the compiler's own
`d[k] if k in d else None` would evaluate twice. Not for import by programs; CPython runs its
own methods."""


def get_or_none(d, k):
    """d.get(k): the value of key k, or None if d has no such key."""
    if k in d:
        return d[k]
    return None


def pop_or_none(d, k):
    """d.pop(k, None): the value of key k, which leaves d, or None if d has no such key."""
    if k in d:
        return d.pop(k)
    return None
