# error: 3:12: error: list() of a range is not supported in kilopy: build the list with a for loop and append
# list(range(n)) is refused.
print(list(range(3)))
