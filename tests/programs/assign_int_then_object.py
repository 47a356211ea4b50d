# A module-level name bound first to ints, then to objects (and a field stored, a method called
# through it): two variables, as the name's two uses are.
class Node:
    def __init__(self, name):
        self.name = name
total = 0
for i in range(3):
    total += i
print(total)
item = 5
print(item)
item = Node("a")
print(item.name)
class Leaf:
    def __init__(self, name):
        self.name = name
    def show(self):
        return "N" + self.name
thing = 5
print(thing + 1)
thing = Leaf("a")
thing.name = "b"
print(thing.show())
