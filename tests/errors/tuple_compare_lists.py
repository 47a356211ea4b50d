# error: 4:9: error: comparing tuples that hold lists, tuples or objects is not supported in kilopy: compare their elements
# == on tuples holding lists: the VM compares tuples slot by slot, as ints.
a = (1, [2])
print(a == (1, [2]))
