# A field (or element) known not None after a store stops being known so where a test may run
# __bool__ or __len__ of an object (if c:, while c:, assert c), which may store None there.
class Flag:
    def __init__(self):
        self.x = None
        self.xs = [None, None]

    def __bool__(self):
        self.x = None
        self.xs[0] = None
        return False


class Sized:
    def __init__(self):
        self.x = None

    def __len__(self):
        self.x = None
        return 1


class Holder:
    def __init__(self, c):
        self.c = c

    def __bool__(self):
        self.c.x = None
        return True


c = Flag()
c.x = 3
if c:
    pass
print(c.x is None)
c.x = 4
while c:
    pass
if c.x is None:
    print("none")
else:
    print(c.x + 1)
xs = c.xs
xs[0] = 5
if not c:
    print(xs[0])
s = Sized()
s.x = 3
assert s
print(s.x)
h = Holder(c)
c.x = 6
if h:
    print(c.x is None)


class Clears:
    def __init__(self, items):
        self.items = items

    def __bool__(self):
        self.items[0] = None
        return False


items = [None, None]
clears = Clears(items)
items[0] = 5
if clears:
    pass
print(items[0])
