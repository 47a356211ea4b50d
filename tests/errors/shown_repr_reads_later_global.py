# error: 13:7: error: showing this value calls Cell.__repr__(), which here reads global 'PREFIX' (line 9) before it is assigned: assign it at module level before this statement
# Printing a list of objects calls their __repr__, which reads a global not assigned yet
# (CPython: NameError).
class Cell:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return PREFIX + str(self.v)


cells = [Cell(1), Cell(2)]
print(cells)
PREFIX = "c"
