# error: 5:20: error: kilopy's str.replace() takes a non-empty string literal to look for (replace("...")): an empty one, or one only known at run time, is not supported
# str.replace() of a str only known at run time (it could be "", which split() refuses).
mode = "train"
old = mode[:1]
print(mode.replace(old, "T"))
