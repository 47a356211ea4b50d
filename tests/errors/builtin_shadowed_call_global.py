# error: 5:12: error: 'max' is a variable here, not the builtin max(): the module assigns it (line 8), and after that CPython calls the variable (a TypeError); rename the variable
# a module variable named max hides the builtin max() in every function that does not assign
# it, from the assignment on (CPython: TypeError: 'int' object is not callable).
def biggest(xs):
    return max(xs)


max = 0
for v in [3, 9, 4]:
    if v > max:
        max = v
print(max, biggest([1, 2]))
