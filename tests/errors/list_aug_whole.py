# error: 4:1: error: augmented assignment to a whole list is not supported in kilopy (use append, or an element: x[i] += 1)
# augmented assignment to a whole list (in place in CPython) is refused.
a = [1]
a += [2]
