# error: 3:20: error: min() with key= is not supported in kilopy yet: compute the keys in a list and search or sort with a loop
# min() with key=.
print(min([3, -1], key=abs))
