# error: 4:5: error: an exception class's __init__ calls super().__init__(...) once in kilopy, as a statement of its own that only field assignments (self.f = value) precede, with arguments that do not use self (CPython's str(e) is what it is given): class Bad
# an exception __init__ that never calls super().__init__: CPython's str(e) is then the args tuple
class Bad(Exception):
    def __init__(self, code):
        self.code = code


raise Bad(3)
