# error: 12:16: error: passing None for the field 'items' of a dataclass whose default_factory makes it is not supported in kilopy (its __init__ takes None as not given): pass a value
# None passed for a dataclass field that default_factory makes: kilopy's __init__ takes None as "not given".
from dataclasses import dataclass, field


@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)


print(Inv("a", None))
