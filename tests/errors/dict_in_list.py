# error: 4:13: error: lists of dicts are not supported in kilopy yet: use a dict of them keyed by the index
# a list of dicts is refused for now.
rows = []
rows.append({1: 2})
print(len(rows))
