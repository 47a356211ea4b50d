# error: 6:1: error: function 'f' is defined twice (kilopy needs one definition per name)
# a function defined twice.
def f():
    return 1

def f():
    return 2

print(f())
