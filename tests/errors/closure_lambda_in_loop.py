# error: 7:19: error: this lambda reads 'k', a variable of the function or comprehension it is written in, and kilopy makes a closure of a lambda only at the top of a function's body (made in a loop, CPython's closures would all read k's last value): pass k as a parameter, or define a function with def
# A lambda made in a loop that reads the loop's variable: CPython's closures all read its last
# value ([4, 4, 4]); kilopy refuses a lambda in a block that reads the function's variables.
def make_all(n):
    fs = []
    for k in range(n):
        fs.append(lambda v: v * k)
    return fs


print([f(2) for f in make_all(3)])
