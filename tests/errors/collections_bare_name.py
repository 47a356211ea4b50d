# error: 5:17: error: collections.Counter is kilopy's builtin Counter, and this file names something else Counter too: rename that one
# With `import collections` alone, the bare name Counter is not bound (CPython's NameError).
import collections

c = collections.Counter("abca")
print(Counter("ab"), c)
