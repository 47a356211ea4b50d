# error: 3:1: error: @staticmethod is supported in kilopy only on a method, in a class body
# @staticmethod outside a class body.
@staticmethod
def g(x):
    return x
