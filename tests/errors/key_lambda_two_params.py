# error: 3:33: error: a key= lambda takes one parameter in kilopy (lambda p: ...)
# a key= lambda with two parameters is refused.
print(sorted([3, 1], key=lambda a, b: a))
