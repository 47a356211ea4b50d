# error: 5:9: error: a def inside an if, a loop or another block is not supported in kilopy: define functions at the top level of the module, or at the top of a function's body
# a def in a loop inside a function is refused (a def at the top of a function's body is fine).
def outer():
    for i in range(2):
        def inner():
            return 1
    return inner()

print(outer())
