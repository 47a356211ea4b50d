# `x or y` and `x and y` as values with x a field (self.nick or self.name): x if x else y, the field read again.
from typing import Optional


class User:
    def __init__(self, name: str, nick: Optional[str] = None):
        self.name = name
        self.nick = nick
        self.tags = []
        self.boss = None

    def label(self):
        return self.nick or self.name

    def first_tag(self):
        return (self.tags or ["none"])[0]

    def count(self):
        c = self.count_opt()
        return c or 0

    def count_opt(self) -> Optional[int]:
        return len(self.tags) if self.tags else None


u = User("ann")
v = User("bob", "bobby")
w = User("cy", "")
v.tags.append("x")
print(u.label(), v.label(), w.label(), u.first_tag(), v.first_tag(), u.count(), v.count())
u.boss = v
print((u.boss or w).name, (w.boss or u).name)
