# error: 4:5: error: @classmethod is not supported in kilopy: make it a @staticmethod, or a function at the top level
# @classmethod is refused, with the fix.
class C:
    @classmethod
    def make(cls):
        return cls()
