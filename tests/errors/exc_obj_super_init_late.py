# error: 6:9: error: an exception class's __init__ calls super().__init__(...) once in kilopy, as a statement of its own that only field assignments (self.f = value) precede, with arguments that do not use self (CPython's str(e) is what it is given): class Bad
# super().__init__ after a statement that is no field assignment (it could read str(e) first)
class Bad(Exception):
    def __init__(self, code):
        print("making", code)
        super().__init__(f"bad {code}")
        self.code = code


raise Bad(3)
