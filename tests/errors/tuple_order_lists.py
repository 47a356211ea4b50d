# error: 4:9: error: kilopy orders tuples of ints and bools only, not a tuple[int, list[int]] and a tuple[int, list[int]]: compare their elements
# < on tuples holding lists: kilopy orders tuples of ints and bools only.
a = (1, [2])
print(a < (1, [3]))
