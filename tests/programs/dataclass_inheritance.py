# @dataclass deriving from a dataclass (its fields first, a field given again keeps its place),
# from a plain class (no fields), an inherited __post_init__, == across base and derived.
from dataclasses import dataclass, field

@dataclass
class Animal:
    name: str
    legs: int = 4

    def describe(self):
        return f"{self.name} has {self.legs} legs"

@dataclass
class Dog(Animal):
    breed: str = "mutt"
    tricks: list = field(default_factory=list)

    def speak(self):
        return "Woof"

@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True

class Base:
    def __init__(self):
        self.tag = "base"
    def hello(self):
        return "hello from " + type(self).__name__

@dataclass
class Item(Base):
    code: int
    label: str = ""

d = Dog("Rex")
d.tricks.append("sit")
print(d)
print(d.describe(), d.speak())
b = Bird("Tweety")
print(b, b.describe())
print(Bird("a") == Bird("a"), Bird("a") == Bird("b", 3))
a = Animal("cat")
print(a, a == Animal("cat"))
animals = [Dog("A", 3, "lab"), Bird("B"), Animal("C", 5)]
for x in animals:
    print(repr(x), x.describe())
i = Item(7)
print(i, i.hello())
print(Dog("x") == Dog("x"), Dog("x", tricks=["a"]) == Dog("x"))

@dataclass
class Pt:
    x: int
    y: int

    def __post_init__(self):
        print("made", self.x, self.y)

@dataclass
class Pt3(Pt):
    z: int = 0

p = Pt3(1, 2, 3)
print(p)

@dataclass
class A2:
    x: int
@dataclass
class B2(A2):
    y: int = 0
a2 = A2(1)
b2 = B2(1)
print(a2 == b2, b2 == a2, a2 != b2, [a2, b2], B2(1, 2) == B2(1, 2))
items = [B2(3, 1), B2(1, 2)]
items.sort(key=lambda v: v.x)
print(items)
print(b2.y + b2.x)


@dataclass
class Root:
    x: int


class Middle(Root):  # a plain class between two dataclasses passes the fields on
    pass


@dataclass
class Leaf(Middle):
    y: int = 7


print(Leaf(5), Leaf(1, 2) == Leaf(1, 2))


class Sized:
    size = 3


@dataclass
class Parcel(Sized):
    size: int  # a base's class attribute is the field's default, as getattr() finds it


@dataclass
class Pinned(Leaf):
    y: int  # Leaf's default 7 stays


print(Parcel(), Parcel(9), Pinned(1), Pinned(1, 2))
