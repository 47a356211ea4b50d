# error: 9:7: error: __len__ returns a bool here, which len() would give as an int: kilopy needs it to return an int (return 1 if ... else 0)
# len() of an object whose __len__ returns a bool: CPython gives an int (1), kilopy refuses it.
class C:
    def __init__(self):
        self.on = True
    def __len__(self):
        return self.on

print(len(C()))
