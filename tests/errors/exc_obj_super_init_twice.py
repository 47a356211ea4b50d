# error: 8:13: error: an exception class's __init__ calls super().__init__(...) once in kilopy, as a statement of its own that only field assignments (self.f = value) precede, with arguments that do not use self (CPython's str(e) is what it is given): class Bad
# super().__init__ called twice: str(e) would change
class Bad(Exception):
    def __init__(self, code):
        super().__init__("first")
        self.code = code
        if code > 2:
            super().__init__("second")


raise Bad(3)
