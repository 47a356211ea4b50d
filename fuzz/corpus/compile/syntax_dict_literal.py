# error: 3:5: error: dicts are not supported
# dict displays are refused.
d = {1: 2}
print(1)
