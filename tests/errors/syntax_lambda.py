# error: 3:24: error: lambda is supported in kilopy only as an argument of a call (apply(lambda v: v * 2, xs)), as the key= of min, max, sorted and sort, as an element of a list, tuple or dict display, and as `f = lambda x: ...` at the top level: define a function with def
# lambda is refused but as an argument, a key= argument, an element of a display or bound to a name.
g = 1 if len("a") else lambda x: x
