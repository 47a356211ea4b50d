# error: 3:5: error: sets are not supported in kilopy: use a list of ints (or a dict of keys to True)
# set displays are refused.
s = {1, 2}
print(1)
