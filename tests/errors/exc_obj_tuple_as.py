# error: 11:29: error: `except (A, B) as e` with an exception class that has methods is not supported in kilopy: catch each class in a clause of its own
# except (A, B) as e with a class that has fields: e's type would be either
class Bad(Exception):
    def __init__(self, code):
        super().__init__(f"bad {code}")
        self.code = code


try:
    raise Bad(3)
except (Bad, ValueError) as e:
    print(e)
