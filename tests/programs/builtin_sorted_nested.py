# sorted() of lists of lists of lists: nested lists compare element by element too.
deep = [[[2], [1]], [[1], [3]], [[1]], [[1], [2, 0]], [[1], [2]]]
print(sorted(deep))
print(sorted(deep, reverse=True))
