# error: 5:5: error: a def inside an if, a loop or another block is not supported in kilopy: define functions at the top level of the module, or at the top of a function's body
# def inside an if at module level is refused.
x = 1
if x > 0:
    def f():
        return 1
print(1)
