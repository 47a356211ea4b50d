# error: 7:5: error: generator methods are not supported in kilopy (Bag.items yields): make it a function of the module that takes the object, def f(obj): ... yield ...
# a generator method.
class Bag:
    def __init__(self):
        self.xs = [1, 2]

    def items(self):
        for x in self.xs:
            yield x
