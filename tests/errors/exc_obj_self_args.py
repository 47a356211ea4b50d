# error: 9:16: error: self.args (the exception's arguments as a tuple) is not supported in kilopy: keep the values you need in fields of your own (self.value = value)
# self.args in a method of an exception class
class Bad(Exception):
    def __init__(self, code):
        super().__init__(f"bad {code}")
        self.code = code

    def first(self):
        return self.args[0]


print(Bad(1).first())
