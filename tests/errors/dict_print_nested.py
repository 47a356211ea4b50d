# error: 5:7: error: printing a dict of dict[int, int] values is not supported in kilopy: print its items one by one
# printing nested dicts is refused.
d = {}
d[1] = {2: 3}
print(d)
