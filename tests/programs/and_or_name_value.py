# `c and x or y` as a value with x a name: x when c and x are true, else y (the and's false
# value never shows); x an int, a list, a bool; chained `c and x or y or z`.
def pick(a, b):
    r = a > 0 and a or b
    return r


def lst(c, xs, ys):
    return c and xs or ys


print(pick(3, 9), pick(-1, 9), pick(0, 7))
print(lst(True, [1], [2]), lst(False, [1], [2]), lst(True, [], [2]))
n = 0
m = 5
print(n > 0 and n or m, m > 0 and m or n, m > 1 and n or -1, m and n or m or 4)
flag = False
print(m > 0 and flag or True)
