# error: 5:16: error: __init__() should return None: write a bare `return` in kilopy
# __init__ returning a value (a TypeError in CPython) is refused.
class C:
    def __init__(self):
        return 1

C()
