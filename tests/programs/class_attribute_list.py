# a class attribute holding a list shared by all instances (a registry): a module variable.
class Model:
    registry = []

    def __init__(self, name):
        self.name = name
        Model.registry.append(self)


Model("a")
print(len(Model.registry))
