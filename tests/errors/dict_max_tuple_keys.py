# error: 4:11: error: max() of a dict[tuple[int, int], int] is not supported in kilopy: give the key that is the element, max(d, key=lambda t: t)
# max() of a dict whose keys are tuples (comparing tuple keys) is refused.
d = {(1, 2): 3}
print(max(d))
