# @p.setter: x.p = v and x.p += v call the setter (inherited by subclasses), in CPython's order:
# the value (the getter first for +=), then the call, which may raise.

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273:
            raise ValueError("below absolute zero")
        print("set", value)
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 // 5 + 32

t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius = 30
t.celsius += 5
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
print(t.celsius)


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = 0
        self.balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, amount):
        if amount < 0:
            raise ValueError(f"negative balance for {self.owner}")
        self._balance = amount

class Savings(Account):
    pass

accts = [Account("ann", 5), Savings("bob")]
for a in accts:
    a.balance += 10
    print(a.owner, a.balance)
s = accts[1]
s.balance = 3
print(s.balance)
try:
    Savings("cy", -1)
except ValueError as e:
    print(e)
