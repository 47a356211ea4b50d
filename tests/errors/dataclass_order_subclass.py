# error: 11:11: error: deriving from the dataclass 'Item' with order=True is not supported in kilopy: make Box a dataclass with its own fields, or drop the argument from 'Item'
# A class deriving from an order=True dataclass: CPython's comparison then depends on the classes.
from dataclasses import dataclass


@dataclass(order=True)
class Item:
    weight: int


class Box(Item):
    pass


print(Item(1) < Box(2))
