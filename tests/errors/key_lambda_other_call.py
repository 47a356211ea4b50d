# error: 7:16: error: lambda is supported in kilopy only as an argument of a call (apply(lambda v: v * 2, xs)), as the key= of min, max, sorted and sort, as an element of a list, tuple or dict display, and as `f = lambda x: ...` at the top level: define a function with def
# a key= lambda passed to a function of the program is refused.
def apply(x, key=0):
    return x


print(apply(3, key=lambda v: v + 1))
