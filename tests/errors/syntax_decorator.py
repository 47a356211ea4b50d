# error: 6:1: error: the decorator @deco is not supported in kilopy: of the decorators only @property, @staticmethod and @classmethod on a method and @dataclass on a class are; call it yourself, the result under a name of its own (g = deco(f))
# decorators are refused.
def deco(f):
    return f

@deco
def g():
    return 1
