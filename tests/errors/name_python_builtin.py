# error: 3:8: error: kilopy has no hash (a Python builtin it does not support; docs/language.md lists what it has)
# a Python builtin kilopy does not have: kilopy has no hash.
half = hash(7)
print(half)
