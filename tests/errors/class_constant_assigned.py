# error: 6:1: error: assigning the class attribute C.RATE is not supported in kilopy: class attributes are constants; keep what changes in a module-level name (C_RATE = ..., with `global C_RATE` in the functions that assign it)
# a class attribute assigned at run time is refused.
class C:
    RATE = 10

C.RATE = 5
print(C.RATE)
