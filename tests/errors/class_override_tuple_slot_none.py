# error: 17:11: error: this call would give a tuple[int, int] (A.get) or a tuple[int | None, int]: it runs the get of the object's class, and kilopy needs one type from them all (here, where None may be)
# Overrides returning tuples whose slot is an int in one and an int or None in another (a
# Box in one record, an int in the other) are refused.
class A:
    def get(self, c):
        return c, c


class B(A):
    def get(self, c):
        if c:
            return c, 5
        return None, 0


for o in [A(), B()]:
    print(o.get(1))
