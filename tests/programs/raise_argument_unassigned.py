# A raise's and an assert's message read a variable that may be unassigned: CPython's UnboundLocalError
# comes first.
def f(flag):
    if flag:
        x = "set"
    raise KeyError(x)
try:
    f(False)
except Exception as e:
    print(type(e).__name__, e)
def g(flag):
    if flag:
        x = 5
    assert False, x
try:
    g(False)
except Exception as e:
    print(type(e).__name__, e)
