# A function above a class builds its objects into a dict and a list; the class's __init__ is
# annotated `-> None` (the call C(...) is the new object all the same).
def make_index(names):
    index = {}
    items = []
    for name in names:
        index[name] = Node(name)
        items.append(Node(name.upper()))
    return index, items


class Node:
    def __init__(self, name: str) -> None:
        self.name = name


idx, nodes = make_index(["a", "b"])
print(idx["b"].name, [n.name for n in nodes])
