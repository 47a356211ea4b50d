# error: 7:10: error: f(*xs) of a list[int] is not supported in kilopy (its length is known only at run time): pass the elements, f(xs[0], xs[1])
# f(*xs) of a list: its length is known only at run time.
def f(a, b):
    return a + b

xs = [1, 2]
print(f(*xs))
