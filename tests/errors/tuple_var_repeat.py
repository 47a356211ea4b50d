# error: 4:9: error: repetition (*) of a tuple built by tuple() is not supported in kilopy: write tuple(list(t) * n)
# t * n of a tuple built by tuple() (its result would be a record of a run-time length).
t = tuple([1, 2])
print(t * 2)
