# error: 3:8: error: lambda is supported in kilopy only as an argument of a call (apply(lambda v: v * 2, xs)), as the key= of min, max, sorted and sort, and as `f = lambda x: ...` at the top level: define a function with def
# lambda is refused but as a key= argument or bound to a name.
print((lambda x: x + 1)(1))
