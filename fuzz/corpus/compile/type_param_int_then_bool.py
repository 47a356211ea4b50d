# error: 7:9: error: parameter 'a' of f() would hold a bool here, but holds an int at line 6 (kilopy gives each name one type)
# a parameter receiving an int at one call and a bool at another (CPython accepts this).
def f(a):
    return a

print(f(1))
print(f(True))
