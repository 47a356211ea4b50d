# error: 4:5: error: kilopy cannot unpack a list[int] into 2 names: only tuples unpack (index it instead: row[0], row[1])
# unpacking a list's elements in a for target is refused.
rows = [[1, 2], [3, 4]]
for a, b in rows:
    print(a, b)
