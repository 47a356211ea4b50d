# error: 12:15: error: function 'get' is annotated to return dict[str, int] but returns a dict or None at line 13: make the annotation and the returns agree
# a result annotated as a dict returning a dict or None: refused (write Optional[Dict[str, int]]).
from typing import Dict


def load(n):
    if n:
        return {"a": n}
    return None


def get(n) -> Dict[str, int]:
    return load(n)


print(len(get(0)))
