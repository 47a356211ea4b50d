# error: 6:1: error: assigning the class attribute C.RATE is not supported in kilopy: class constants are fixed
# a class attribute assigned at run time is refused.
class C:
    RATE = 10

C.RATE = 5
print(C.RATE)
