# del of an index past the end of a list of strs: a list's message, not an array's
tags = ["x", "y", "z"]
del tags[-1]
print(tags)
del tags[5]
