# error: 4:14: error: kilopy sorts ints, bools, strs, lists of them and tuples of them (strs in their first 6 places only), not a list[dict[str, int]]
# sorted() of a list of dicts without key= is CPython's TypeError.
rows = [{"loss": 3}, {"loss": 2}]
print(sorted(rows))
