# error: 6:1: error: class 'C' is defined twice in kilopy
# a class defined twice is refused.
class C:
    pass

class C:
    pass

print(1)
