# Nested try statements raising objects of one class: each handler sees its own exception.
class Fault(Exception):
    def __init__(self, code, where):
        super().__init__(f"fault {code} at {where}")
        self.code = code
        self.where = where


def step(n):
    if n % 3 == 0:
        raise Fault(n, "step")
    return n


def run(n):
    try:
        step(n)
        try:
            step(n + 1)
            step(n + 2)
        except Fault as inner:
            print("inner", inner.code, inner)
            try:
                raise Fault(inner.code * 10, "handler")
            except Fault as again:
                print("again", again.code, again.where)
            print("inner still", inner.code, inner)
    except Fault as outer:
        print("outer", outer.code, outer)
        try:
            step(3)
        except Fault as deeper:
            print("deeper", deeper.code)
        print("outer still", outer.code)


for n in range(1, 7):
    run(n)
