# try/finally and try/except/else/finally: the finally block runs when the statement completes,
# when a handler of its own caught the exception, and when the exception leaves it (raised
# again after the block, in whatever function catches it).
class Oops(Exception):
    pass


def risky(n):
    try:
        if n == 1:
            raise Oops("bad " + str(n))
        if n == 2:
            print(10 // (n - 2))
        print("body", n)
    finally:
        print("cleanup", n)
    print("after", n)
    return n


def parse(s):
    total = 0
    try:
        total = int(s)
    except ValueError:
        print("not a number:", s)
    else:
        print("parsed", total)
    finally:
        total += 1
        print("finally", total)
    return total


for n in range(4):
    try:
        print("got", risky(n))
    except Oops as e:
        print("caught", e)
    except ZeroDivisionError:
        print("zero")
    finally:
        print("end", n)
print(parse("41"), parse("x"))
i = 0
while i < 3:
    try:
        try:
            xs = [1, 2]
            print(xs[i])
        finally:
            print("inner", i)
            for j in range(5):
                if j == 1:
                    break
                print("j", j)
    except IndexError:
        print("index", i)
    i += 1
