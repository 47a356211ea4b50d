# error: 3:5: error: kilopy has no hash (a Python builtin it does not support; docs/language.md lists what it has)
# a Python builtin used as a value (kilopy has no hash).
f = hash
print(f)
