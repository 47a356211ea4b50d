# error: 7:10: error: f(*t) takes a tuple of known length in kilopy, not an int: pass the elements one by one
# starred call arguments take a tuple of known length: an int is refused.
def f(a):
    return a

x = 1
print(f(*x))
