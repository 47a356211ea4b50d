# error: 4:7: error: kilopy's str.rsplit() takes at most two arguments (the separator, or None, and maxsplit) (3 given)
# split() and rsplit() take at most a separator and maxsplit.
line = "a,b,c"
print(line.rsplit(",", 1, 2))
