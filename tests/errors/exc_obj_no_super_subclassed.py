# error: 5:5: error: an exception class's __init__ without super().__init__(...) is supported in kilopy when no parameter has a default, every call of the class passes its arguments by position and no class derives from it (CPython's str(e) is then the text of those arguments); else call super().__init__(message) in it: class C
# An exception __init__ without super().__init__(...) whose class a subclass derives from (str(e) would
# be the subclass call's arguments, not what its super().__init__ passes) is refused.
class C(Exception):
    def __init__(self, m):
        self.m = m

class D(C):
    def __init__(self, m, k):
        super().__init__(m)

try:
    raise D("dm", 4)
except C as e:
    print(e)
