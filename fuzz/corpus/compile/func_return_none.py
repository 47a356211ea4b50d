# Functions without return, with bare return, and with return None all return None when printed.
def a():
    pass

def b(x):
    if x > 0:
        print("positive")
        return
    print("not positive")

def c():
    return None

def d(n):
    for i in range(n):
        if i == 2:
            return
        print("d", i)

print(a())
print(b(1))
print(b(-1))
print(c())
print(d(5))
print(d(1))
r = a()
print(r, r is None)
