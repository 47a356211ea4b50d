# `except E as e` where e is also an ordinary variable of the function (an edge, a loop
# variable, a parameter): the handler's e is the exception, and after the handler e has no
# value until assigned again, as CPython unbinds it when the handler ends (also when a break,
# continue or a raise leaves the handler).
def total_weight(edges, weights):
    total = 0
    for e in edges:
        try:
            total += weights[e]
        except KeyError as e:
            print("no weight for", e)
    return total


def pick(e, xs):
    try:
        return xs[e]
    except IndexError as e:
        print("bad index:", e)
    return -1


def last_seen(xs):
    for e in xs:
        try:
            v = 10 // e
        except ZeroDivisionError as e:
            print("zero", type(e).__name__, e)
    return e


def nested(xs, k):
    e = 7
    try:
        try:
            v = xs[k]
        except IndexError as e:
            raise ValueError("again: " + str(e))
    except ValueError as err:
        print("outer", err)
        return -1
    return e + v


def skip_zeros(items):
    e = 0
    for x in items:
        try:
            e = 12 // x
        except ZeroDivisionError as e:
            print("skip", e)
            continue
        print("got", e)
    return e


weights = {"ab": 3, "bc": 4}
print(total_weight(["ab", "cd", "bc"], weights))
print(pick(1, [5, 6]), pick(9, [5, 6]))
print(last_seen([1, 2]))
for xs in ([1, 0], [0, 5, 0]):
    try:
        print(last_seen(xs))
    except NameError as err:  # UnboundLocalError
        print("NameError:", err)
print(nested([1], 0), nested([1], 3))
print(skip_zeros([3, 4]))
try:
    print(skip_zeros([3, 0]))
except NameError as err:
    print("NameError:", err)

for s, e in [(1, 2), (2, 3)]:
    print(s, e)
e = 0
for x in [3, 0, 6]:
    try:
        e = 12 // x
    except ZeroDivisionError as e:
        print("skip", e)
        break
print("end")
print(e)
