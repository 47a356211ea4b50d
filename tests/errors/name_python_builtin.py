# error: 3:8: error: kilopy has no input (a Python builtin it does not support; docs/language.md lists what it has)
# a Python builtin kilopy does not have: kilopy has no input.
line = input()
print(line)
