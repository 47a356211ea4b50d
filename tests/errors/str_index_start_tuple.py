# error: 4:7: error: index(x, start) of a tuple is not supported in kilopy (it would slice the tuple, whose length is its type): write list(t).index(x, start)
# index() of a tuple with a start.
t = (4, 5, 4)
print(t.index(4, 1))
