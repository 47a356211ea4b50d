# error: 4:9: error: kilopy has no empty tuple: this slice of a tuple[int, int, int] is empty
# a slice that leaves no element would be the empty tuple, which kilopy does not have.
T = (1, 2, 3)
print(T[2:1])
