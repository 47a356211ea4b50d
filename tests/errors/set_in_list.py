# error: 4:13: error: lists of sets are not supported in kilopy yet: use a list of dicts whose keys are the elements ({x: True})
# a list of sets is refused for now.
rows = []
rows.append({1, 2})
print(len(rows))
