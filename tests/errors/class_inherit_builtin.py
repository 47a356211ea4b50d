# error: 3:13: error: inheriting from the builtin 'list' is not supported in kilopy: derive from a class of the program, or hold the value in a field (self.items = ...)
# a class derived from a builtin type is refused.
class Stack(list):
    def top(self):
        return self[-1]


s = Stack()
