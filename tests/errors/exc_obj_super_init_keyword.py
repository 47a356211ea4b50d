# error: 5:9: error: an exception's super().__init__(...) takes its arguments by position, none starred, in kilopy (CPython's BaseException.__init__ takes no keywords)
# keyword arguments to an exception's super().__init__ (CPython's BaseException takes none)
class Bad(Exception):
    def __init__(self, code):
        super().__init__(message=code)
        self.code = code


raise Bad(3)
