# error: 19:7: error: __str__ returned non-string (type int)
# An inherited __str__ that returns an int (str() forgotten): CPython's TypeError; kilopy
# printed another string of the program, then stopped with a SystemError.

class Item:
    def __init__(self, code):
        self.code = code

    def __str__(self):
        return self.code


class Part(Item):
    def __init__(self, code):
        super().__init__(code)


print("catalog:")
print(Part(1))
