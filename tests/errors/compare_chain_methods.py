# error: 10:9: error: a chained comparison of objects whose class defines comparison methods is not supported in kilopy: compare in two steps (a == b and b == c)
# a chained comparison of objects whose class defines __eq__ (kilopy would not call it).
class A:
    def __eq__(self, o):
        return True


a = A()
b = A()
print(a == b == a)
