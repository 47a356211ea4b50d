# A parameter or dataclass field annotated int or str with the default None: an int or None,
# a str or None, as PEP 484 first read it.
from dataclasses import dataclass
@dataclass
class Task:
    name: str
    due: int = None
    owner: str = None
t = Task("a")
u = Task("b", 3, "ann")
print(t, u, t.due is None, u.due + 1)
def f(x: int = None):
    return 0 if x is None else x * 2
print(f(), f(4))
