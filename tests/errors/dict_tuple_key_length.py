# error: 4:9: error: this would use a tuple[int, int, int] key in a dict[tuple[int, int], int] (kilopy dicts have one key type)
# tuple keys of two lengths in one dict (a tuple's length is part of its type).
d = {(1, 2): 2}
print(d[(1, 2, 3)])
