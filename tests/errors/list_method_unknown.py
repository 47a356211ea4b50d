# error: 4:1: error: list method 'sort' is not supported in kilopy (append, pop and insert are)
# list methods other than append, pop and insert.
a = [3, 1]
a.sort()
