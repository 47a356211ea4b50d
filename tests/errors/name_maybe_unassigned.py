# error: 6:7: error: name 'y' might be used before it is assigned (it is not assigned on every path to here)
# a name assigned only under an if without else.
n = 3
if n > 5:
    y = 1
print(y)
