# A dataclass whose fields lead back to its own objects (a cycle through an Optional field, a
# doubly linked pair, through another class): CPython's __repr__ shows an object met again inside
# its own text as ..., and drops it from its guard when a field's repr raises.
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Node:
    val: int
    next: Optional["Node"] = None


a = Node(1, Node(2, Node(3)))
print(a)
a.next.next.next = a
print(a)
print(repr(a.next), str(a.next.next))


@dataclass
class Cell:
    val: int
    prev: Optional["Cell"] = None
    next: Optional["Cell"] = None


head = Cell(1)
tail = Cell(2, head)
head.next = tail
print(head)
print(f"tail: {tail}")


class Customer:
    def __init__(self, name):
        self.name = name
        self.last = None

    def __repr__(self):
        return f"Customer({self.name}, last={self.last})"


@dataclass
class Order:
    oid: int
    customer: Customer


c = Customer("ann")
print(Order(1, c))
o = Order(2, c)
c.last = o
print(o)
print(c)


class Boom:
    def __init__(self):
        self.armed = True

    def __repr__(self):
        if self.armed:
            raise ValueError("boom")
        return "Boom()"


@dataclass
class Box:
    item: Boom
    tag: str = "x"


b = Box(Boom())
try:
    print(b)
except ValueError as e:
    print("caught", e)
b.item.armed = False
print(b, [b.tag])


@dataclass
class Person:
    name: str
    parent: Optional["Person"] = None

pa = Person("a")
pb = Person("b", pa)
pa.parent = pb
people = [pa, pb]
print(people)
print({"x": pa})
print((pa, 1))

links = [Node(4), Node(5, Node(6))]
print(links, f"{links}")
