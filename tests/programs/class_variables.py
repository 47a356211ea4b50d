# Class attributes assigned at run time or holding a list: one module variable each, read and
# stored through the class, its subclasses and objects, counted up in methods and functions.
class Account:
    next_id = 1
    registry = []
    bank = "kilo"

    def __init__(self, owner):
        self.owner = owner
        self.id = Account.next_id
        Account.next_id += 1
        Account.registry.append(owner)

    def describe(self):
        return f"{self.bank}#{self.id}:{self.owner} of {self.next_id - 1}"


class Savings(Account):
    rate = 3

    def describe(self):
        return "S " + super().describe() + " " + str(Savings.next_id) + " " + str(self.rate)


a = Account("ann")
b = Savings("bob")
print(a.describe())
print(b.describe())
print(Account.next_id, Savings.next_id, Account.registry, b.registry)
Account.next_id = 100
c = Account("cy")
print(c.id, Account.next_id, len(Savings.registry))


class Config:
    debug = False
    level = 0


def bump():
    Config.level += 2
    if Config.level > 3:
        Config.debug = True


for _ in range(3):
    bump()
    print(Config.level, Config.debug)

class Shared:
    items = []

    def add(self, x):
        self.items.append(x)
        return len(Shared.items)


a = Shared()
b = Shared()
a.add(1)
print(b.add(2), a.items, Shared.items)
print([x.items for x in [a, b]])
