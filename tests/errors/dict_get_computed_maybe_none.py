# error: 7:12: error: d.get(k) or d.pop(k, None) with a computed argument of a dict or None is not supported in kilopy (for None CPython raises AttributeError before it evaluates the arguments): call it where the value is not None (in `if x is not None:`)
# d.get(k) with a computed key, d a dict or None: CPython's AttributeError comes before the key.
from typing import Optional


def lookup(d: Optional[dict], word: str):
    return d.get(word.lower())


print(lookup({"a": 1}, "A"))
