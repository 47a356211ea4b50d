# A str or None from a conditional expression; <, <=, >, >= with a str (None: CPython's TypeError, caught, then not).
def f(k):
    return "yes" if k else None


print(f(1), f(0))
a = f(1)
b = "no" if a is None else None
print(a, b, a < "z", "a" < a, a >= "yes")
c = f(0)
try:
    print(c < "b")
except TypeError as e:
    print("caught:", e)
print("x" > c)
