# A module variable read before a call that rebinds it must be read first; one that no
# function rebinds need not be copied. Boolean and chained expressions assigned to a
# variable they read.
x = 5
y = 6
flag = True


def rebind():
    global x
    x = x * 2
    return x


def pure(n):
    return n + 1


print(x + rebind(), x)
print(y + pure(y), y)
x += rebind()
print(x)
y += pure(y) + pure(y)
print(y)
flag = flag and y > 30 and pure(1) == 2
print(flag)
flag = not flag or 1 < y < pure(y)
print(flag)
z = y > 3
z = z and y < 100
print(z)
