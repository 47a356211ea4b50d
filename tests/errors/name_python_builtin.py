# error: 3:8: error: kilopy has no round (a Python builtin it does not support; docs/language.md lists what it has)
# a Python builtin kilopy does not have: kilopy has no round.
half = round(7, -1)
print(half)
