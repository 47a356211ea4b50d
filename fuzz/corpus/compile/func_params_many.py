# Functions with many parameters and locals, parameter order, and local assignment of parameters.
def f(a, b, c, d, e, g):
    a = a * 10 + b
    b = c - d
    t = a + b + e * g
    return t - a

def weird(x, y):
    x, y = y, x
    return x * 100 + y

print(f(1, 2, 3, 4, 5, 6), f(0, 0, 0, 0, 0, 0), f(-1, -2, -3, -4, -5, -6))
print(weird(1, 2), weird(7, -3))
