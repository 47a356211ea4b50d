# error: 7:7: error: 'min' may be read here before the module assigns it, and until then CPython reads the builtin min: assign the variable first, or rename it
# until the module assigns it, a name like min is the builtin in CPython: a read that may come
# first is refused.
values = [4, 2, 7]
if len(values) > 5:
    min = values[0]
print(min)
