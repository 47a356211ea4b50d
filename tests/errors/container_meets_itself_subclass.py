# error: 13:20: error: formatting a list[Base or a subclass] is not supported in kilopy: objects of class Holder can hold Holder objects through their fields, so the container may meet itself inside its own text, which CPython shows as [...]: format its objects one by one
# A subclass object in a list typed with its base class, whose fields hold that list: the text may
# meet itself (CPython's [...]).
class Base:
    def __repr__(self):
        return "B"

class Holder(Base):
    def __init__(self):
        self.items = [Base()]

    def __repr__(self):
        return f"H{self.items}"

h = Holder()
h.items.append(h)
print(h)
