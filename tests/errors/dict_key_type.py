# error: 4:3: error: this would store a bool key in a dict[int, int] (kilopy dicts have one key type)
# True stored in a dict of int keys would print as 1 in kilopy (one key type per dict).
d = {1: 2}
d[True] = 3
print(d)
