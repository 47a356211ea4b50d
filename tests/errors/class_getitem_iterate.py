# error: 9:10: error: a for loop over a C object (CPython calls its __getitem__ with 0, 1, ... until IndexError) is not supported in kilopy: loop over an index, for i in range(len(obj)), or over the list it holds
# a for loop over an object with __getitem__ (CPython's old iteration protocol) is refused.
class C:
    def __init__(self):
        self.xs = [1, 2, 3]
    def __getitem__(self, i):
        return self.xs[i]

for x in C():
    print(x)
