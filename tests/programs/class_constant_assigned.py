# a class attribute assigned at run time: a module variable, C.RATE.
class C:
    RATE = 10

C.RATE = 5
print(C.RATE)
