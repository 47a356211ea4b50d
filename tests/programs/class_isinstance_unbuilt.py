# isinstance() narrowing to a class never built, a middle class, and a narrowed value kept in a name.
class Base:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
class Mid(Base):
    def get(self):
        return self.v * 2
    def extra(self):
        return "mid" + str(self.v)
class Never(Mid):
    def __init__(self, v):
        super().__init__(v)
        self.w = v
    def get(self):
        return self.w * 3

objs = [Base(1), Mid(2), Base(3)]
for o in objs:
    if isinstance(o, Never):
        print("never", o.w, o.get())
    elif isinstance(o, Mid):
        print(o.extra(), o.get())
    else:
        print("base", o.get())
found = None
for o in objs:
    if isinstance(o, Mid):
        found = o
if found is not None:
    print(found.extra())
def first_mid(xs):
    for x in xs:
        if isinstance(x, Mid):
            return x
    return None
m = first_mid(objs)
print(m.extra() if m is not None else "none")
