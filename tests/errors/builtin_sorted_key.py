# error: 3:23: error: sorted() with key= is not supported in kilopy yet: compute the keys in a list and search or sort with a loop
# sorted() with key=.
print(sorted([3, -1], key=abs))
