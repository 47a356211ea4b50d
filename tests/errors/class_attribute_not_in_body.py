# error: 7:1: error: assigning C.x is not supported in kilopy: give the class the attribute in its body (x = 0), and assign it through that class
# C.x = 1 for an x the class body does not define: CPython adds a class attribute.
class C:
    pass


C.x = 1
print(C.x)
