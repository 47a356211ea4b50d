# A value boxed into an int-or-None name while it was an int, then itself an int or None (a
# later pass): boxed once (it was boxed twice and printed the box's offset).
b = 3
a = None
a = b
print(a)
b = None
print(a, b)
def f(x):
    return x
c = 4
print(f(c))
c = None
print(f(c))
