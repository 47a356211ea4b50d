# sorted() and sort() order strs by their texts inside lists and tuples too (a list of lists of
# strs once sorted by where the strs were stored).
rows = [["b", "x"], ["a", "y"], ["a"], []]
print(sorted(rows), sorted(rows, reverse=True))
rows.sort()
print(rows)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, reverse=True))
same = pairs
pairs.sort(reverse=True)
print(same)
a = [1]
b = [1]
lists = [a, b]
lists.sort(reverse=True)
lists[0].append(9)
print(a, b)
