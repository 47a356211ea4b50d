# A field that only ever holds None, printed or formatted: the read still happens, so a field not
# assigned yet raises AttributeError, and so does a field read through None.
class Cache:
    def __init__(self, name):
        self.name = name

    def clear(self):
        self.data = None


class A:
    def __init__(self):
        self.x = None


class B:
    def __init__(self, a):
        self.a = a


c = Cache("c")
for step in range(2):
    try:
        print("data:", c.data)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(f"[{c.data}]", str(c.data), "%s" % c.data)
    except AttributeError as e:
        print("AttributeError:", e)
    c.clear()
print(B(A()).a.x)
b = B(None)
try:
    print(b.a.x)
except AttributeError as e:
    print("AttributeError:", e)
