# error: 6:9: error: 'seen' would hold a set[int] here, but holds None at line 3 (kilopy gives each name one type): a set cannot also be None in kilopy (an object, an int, a str, a tuple, a list or a dict can): start from an empty set, set(), or use a dict whose keys are its elements ({x: True})
# a set that may be None: refused, with what to write instead.
seen = None
for i in range(3):
    if seen is None:
        seen = {i}
    seen.add(i)
print(sorted(seen))
