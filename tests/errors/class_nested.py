# error: 4:5: error: a class must be defined at the top level of the module in kilopy (not in a function, loop or if)
# a class inside a function is refused.
def f():
    class C:
        pass
    return 1

print(f())
