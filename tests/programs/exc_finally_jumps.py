# return, break and continue through finally: the value is computed first, then the finally blocks
# run, innermost first; an exception from a finally block run by a return leaves its try statement.
class Stop(Exception):
    pass


def f(x):
    try:
        if x == 0:
            return 0
        try:
            if x == 1:
                return 10 // (x - 1)
            y = x * 2
        except ZeroDivisionError:
            print("inner zero", x)
            return -1
        finally:
            print("inner finally", x)
        return y
    finally:
        print("outer finally", x)
        x = 99


def g(x):
    try:
        return x
    finally:
        x = 5


def h(n):
    total = 0
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            total += i
        finally:
            print("loop finally", i)
    return total


def k():
    try:
        try:
            return 1
        finally:
            print("k finally")
            raise Stop("from finally")
    except Stop as e:
        print("caught", e)
    return 2


for x in range(3):
    print(f(x))
print(g(3), h(5), k())


def u(c):
    try:
        if c:
            return 1
        y = 2
    finally:
        print(y)
    return y


print(u(False))
print(u(True))
