# error: 4:5: error: an exception class's __init__ without super().__init__(...) is supported in kilopy when no parameter has a default, every call of the class passes its arguments by position and no class derives from it (CPython's str(e) is then the text of those arguments); else call super().__init__(message) in it: class Bad
# an exception __init__ that never calls super().__init__, called with a keyword: CPython's args are then only the positional ones
class Bad(Exception):
    def __init__(self, code):
        self.code = code


raise Bad(code=3)
