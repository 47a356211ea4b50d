# error: 4:11: error: max() of a dict[tuple[int, int], int] is not supported in kilopy: loop over its elements
# max() of a dict whose keys are tuples (comparing tuple keys) is refused.
d = {(1, 2): 3}
print(max(d))
