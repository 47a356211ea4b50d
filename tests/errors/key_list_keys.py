# error: 4:20: error: ordering comparisons of lists and arrays are not supported in kilopy
# keys that are lists (compared lexicographically in CPython) are refused.
rows = [[2, 1], [1, 9]]
print(sorted(rows, key=lambda r: [r[1], r[0]]))
