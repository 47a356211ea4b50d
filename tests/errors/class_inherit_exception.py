# error: 3:19: error: inheriting from the builtin 'Exception' is not supported in kilopy: derive from a class of the program, or hold the value in a field (self.items = ...)
# an exception class is refused (kilopy has no try/raise of user exceptions).
class SensorError(Exception):
    pass
