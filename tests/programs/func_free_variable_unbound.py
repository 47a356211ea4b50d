# A variable of a function read, before any assignment, by a comprehension, a generator
# expression, a key= lambda or a nested def is CPython 3.11's free variable there: NameError
# "cannot access free variable", which `except UnboundLocalError` does not catch; read by the
# function itself it is UnboundLocalError. Assigned, each reads the value.
def comprehension(flag):
    if flag:
        k = 2
    return [x * k for x in range(3)]


def generator_sum(flag):
    if flag:
        m = 10
    return sum(x + m for x in range(3))


def lambda_key(flag):
    if flag:
        k = -1
    return sorted([3, 1, 2], key=lambda v: v * k)


def nested(flag):
    def show():
        return y

    if flag:
        y = 1
    return show()


def direct(flag):
    if flag:
        z = 5
    return z


for f in (comprehension, generator_sum, lambda_key, nested, direct):
    print(f(True))
    try:
        f(False)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    except NameError as e:
        print("NameError:", e)
