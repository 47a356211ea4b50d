# error: 5:1: error: kilopy cannot settle the static types of this statement: a type here keeps changing from one pass to the next, as when a value's type depends on itself: assign it from values whose types are known first
# a value whose type depends on itself through a call's result: the types never settle
# (CPython raises NameError here; kilopy refuses it when compiling).
m = [[1], [2], [3]]
s = m[::2] * s[0].append(4)
print(m, s)
