# Private names (__x inside a class) are mangled per class as CPython does: a subclass's
# self.__x is another field than its base's, a subclass's __check does not replace its base's,
# and a dataclass field __x is shown as _C__x.
from dataclasses import dataclass


class Account:
    __FEE = 2

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.__balance = balance
        self.__history = []

    def __log(self, what, amount):
        self.__history.append((what, amount))

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.__balance += amount
        self.__log("deposit", amount)

    def withdraw(self, amount):
        total = amount + Account.__FEE
        if total > self.__balance:
            return False
        self.__balance -= total
        self.__log("withdraw", amount)
        return True

    def balance(self):
        return self.__balance

    def history(self):
        return [what + ":" + str(n) for what, n in self.__history]


class Savings(Account):
    def __init__(self, owner, rate):
        super().__init__(owner, 100)
        self.__balance = rate  # Savings' own field, not Account's

    def __log(self, what, amount):  # never called by Account's methods
        print("Savings log", what, amount)

    def rate(self):
        return self.__balance


class Base:
    def __init__(self):
        self.__secret = 1

    def reveal(self):
        return self.__secret

    def __check(self):
        return "base check"

    def run(self):
        return self.__check()


class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = 99

    def mine(self):
        return self.__secret

    def __check(self):
        return "child check"

    def scaled(self, __factor=3):
        def inner(__k):
            return __k * __factor
        return inner(self.__secret)


@dataclass
class Point:
    __x: int
    y: int = 0

    def x(self):
        return self.__x


a = Account("ann", 10)
a.deposit(5)
print(a.withdraw(4), a.withdraw(100), a.balance(), a.history())
s = Savings("bob", 3)
s.deposit(7)
print(s.balance(), s.rate(), s.history())
c = Child()
print(c.reveal(), c.mine(), c.run(), c.scaled(), c.scaled(2))
p = Point(4, 5)
print(p, p.x(), p == Point(4, 5))
try:
    a.deposit(0)
except ValueError as e:
    print("ValueError:", e)
