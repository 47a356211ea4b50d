# A @dataclass with Optional fields: its __repr__ shows a str or None field with !r (repr(x), or None),
# its __eq__ compares them; a list of such objects printed beside a choice of texts.
from dataclasses import dataclass, field
from typing import Optional
@dataclass
class Person:
    name: str
    nick: Optional[str] = None
    age: Optional[int] = None
    tags: list[str] = field(default_factory=list)
@dataclass
class Team:
    lead: Person
    members: list[Person]
a = Person("ann", "an")
b = Person("bob", age=30)
b.tags.append("x'y")
t = Team(a, [a, b])
print(a, b)
print(t)
print([a], {"p": b} if False else "")
b.nick = "bobby"
print(b, b == Person("bob", "bobby", 30, ["x'y"]))


@dataclass
class Tag:
    label: Optional[str]

    def describe(self) -> str:
        return "%r/%s" % (self.label, self.label)


print(Tag(None).describe(), Tag("x").describe(), f"{Tag('q')!r}")
name = None
for s in ["b", "a"]:
    name = s
print(f"{name!r}", "%r" % (name,))
other = None
if len(name) > 5:
    other = "x"
print(f"{other!r}")
