# error: 4:7: error: kilopy's str.rsplit() takes at most one argument (the separator) (2 given)
# split() and rsplit() with maxsplit are refused.
line = "a,b,c"
print(line.rsplit(",", 1))
