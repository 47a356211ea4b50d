# error: 8:9: error: the text of a list[P] shows each object's __repr__, without one CPython's <__main__.P object at 0x...>, an address kilopy cannot show: define __repr__ in class P (__str__ is not used there)
# str() of a list of objects whose class has __str__ but no __repr__ is refused (CPython shows their addresses).
class P:
    def __init__(self, x: int):
        self.x = x
    def __str__(self):
        return "P(" + str(self.x) + ")"
s = str([P(1), P(2)])
print(s)
