# error: 13:18: error: len() of an object in `in range(...)` or `len(range(...))` is not supported in kilopy: assign it to a variable first
# x in range(len(obj)) with a step: the lowering reads len(obj) twice, and __len__ may do anything
class Bag:
    def __init__(self):
        self.items = [1, 2, 3]

    def __len__(self):
        return len(self.items)


b = Bag()
print(2 in range(0, 9, 2))
print(2 in range(len(b), 9, 2))
