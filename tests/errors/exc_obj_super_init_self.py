# error: 6:26: error: an exception class's __init__ calls super().__init__(...) once in kilopy, as a statement of its own that only field assignments (self.f = value) precede, with arguments that do not use self (CPython's str(e) is what it is given): class Bad
# super().__init__ given a value that uses self
class Bad(Exception):
    def __init__(self, code):
        self.code = code
        super().__init__(f"bad {self.code}")


raise Bad(3)
