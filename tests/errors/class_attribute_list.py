# error: 4:5: error: a class attribute holding a list, dict or set (one object shared by all instances, Model.registry) is not supported in kilopy: keep it in a module-level name defined above the class (registry = ...)
# a class attribute holding a list shared by all instances (a registry) is refused: keep it in a module-level name.
class Model:
    registry = []

    def __init__(self, name):
        self.name = name
        Model.registry.append(self)


Model("a")
print(len(Model.registry))
