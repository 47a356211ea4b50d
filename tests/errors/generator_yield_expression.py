# error: 4:9: error: yield is supported in kilopy only as a statement (`yield v` in a generator a for loop consumes), not as an expression: write `yield v` on a line of its own
# yield as an expression.
def echo():
    x = yield 1
    print(x)
