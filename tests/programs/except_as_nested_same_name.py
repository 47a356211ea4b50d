# A handler binding e inside one that binds e: after it, e is unbound (CPython's handler end
# unbinds it), for strs and for exception objects; a parameter e is bound where no handler ran.
def f(k):
    try:
        if k:
            raise ValueError("outer")
        return 0
    except ValueError as e:
        print("outer handler", e)
        try:
            if k > 1:
                raise KeyError("inner")
        except KeyError as e:
            print("inner handler", e)
        try:
            print("after", e)
        except NameError as err:
            print("NameError:", err)
    return k

for k in range(3):
    print(f(k))

class Bad(Exception):
    def __init__(self, code):
        super().__init__("bad " + str(code))
        self.code = code


def g(k):
    try:
        raise Bad(k)
    except Bad as e:
        print("outer", e.code, e)
        try:
            if k > 1:
                raise Bad(k * 10)
        except Bad as e:
            print("inner", e.code)
        if k <= 1:
            print("still", e.code)
    return k

for k in range(3):
    try:
        print(g(k))
    except NameError as err:
        print("NameError:", err)

def h(x, e):
    try:
        v = 10 // x
    except ZeroDivisionError as e:
        print("z")
    return e

print(h(1, 3))
try:
    print(h(0, 4))
except NameError as err:
    print("NameError:", err)
