# error: 3:5: error: this string could be the value of 'or', and kilopy has no str values (strings are only print arguments and assert messages)
# `"a" or 1` is "a" in Python: a str value, which kilopy does not have.
x = "a" or 1
print(x)
