# error: 5:10: error: a tuple slice needs constant bounds in kilopy (its length is its type): write list(t)[a:b] for a list, or constant bounds
# a tuple slice with a variable bound would have a length known only at run time.
T = (1, 2, 3)
n = 2
print(T[:n])
