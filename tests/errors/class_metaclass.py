# error: 3:9: error: class keywords (metaclass=...) are not supported in kilopy
# a metaclass is refused.
class C(metaclass=type):
    pass
