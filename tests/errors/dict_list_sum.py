# error: 4:11: error: TypeError: unsupported operand type(s) for +: 'int' and 'dict' (sum() of a list of dicts): sum a field, sum(r[k] for r in rows)
# sum() of a list of dicts is CPython's TypeError.
rows = [{"loss": 3}, {"loss": 2}]
print(sum(rows))
