# error: 7:13: error: raise Plain(...) takes its arguments by position, none starred, in kilopy: raise Plain("message")
# a keyword argument to an exception class without __init__
class Plain(Exception):
    pass


raise Plain(msg="x")
