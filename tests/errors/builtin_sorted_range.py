# error: 3:14: error: sorted() of a range is not supported in kilopy: make it a list first, sorted(list(range(...)))
# sorted() of a range: list() makes it a list first.
print(sorted(range(3)))
