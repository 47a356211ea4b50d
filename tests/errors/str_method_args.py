# error: 4:7: error: kilopy's str.strip() takes no arguments (1 given)
# strip(chars) is not supported.
s = "xxaxx"
print(s.strip("x"))
