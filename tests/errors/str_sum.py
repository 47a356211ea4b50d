# error: 4:11: error: TypeError: unsupported operand type(s) for +: 'int' and 'str' (sum() of a list of strs): join them with ''.join(xs)
# sum() of strs fails in CPython (its start is 0): kilopy says so at compile time.
words = ["b", "a"]
print(sum(words))
