# Optional[str] (and str | None) annotations on a name, a field and a result, assigned None and strs.
from typing import Optional
class User:
    def __init__(self):
        self.nick: Optional[str] = None
        self.age: Optional[int] = None
u = User()
u.nick = "bo"
print(u.nick, u.age)
name: Optional[str] = None
name = "x"
print(name)

def find(names: list, key: str) -> Optional[str]:
    for n in names:
        if n.startswith(key):
            return n
    return None

label: Optional[str] = None
for k in ["b", "z"]:
    label = find(["apple", "banana"], k)
    print(label, label is None)
x: str | None = None
print(x)
x = "set"
print(x.upper() if x is not None else "-")
