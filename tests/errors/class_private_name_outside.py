# error: 14:7: error: 'Account' object has no attribute '__balance': inside class Account, self.__balance is _Account__balance (CPython's private names), so outside it there is no __balance: read it through a method of Account, or name the field without the two leading underscores
# self.__balance inside class Account is _Account__balance (CPython's private names): outside the
# class, a.__balance names no field (CPython: AttributeError).
class Account:
    def __init__(self, balance):
        self.__balance = balance

    def balance(self):
        return self.__balance


a = Account(10)
print(a.balance())
print(a.__balance)
