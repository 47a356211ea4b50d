# error: 7:7: error: the text of a P object is CPython's <__main__.P object at 0x...>, an address kilopy cannot show: define __repr__ (or __str__) in class P, or print its fields
# printing an instance without __repr__ is refused.
class P:
    def __init__(self):
        self.x = 1

print(P())
