# error: 7:7: error: printing a P object is not supported in kilopy: CPython would print an address (<__main__.P object at 0x...>); print its fields
# printing an instance without __repr__ is refused.
class P:
    def __init__(self):
        self.x = 1

print(P())
