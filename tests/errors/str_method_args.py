# error: 4:7: error: kilopy's str.upper() takes no arguments (1 given)
# upper() takes no argument.
s = "xxaxx"
print(s.upper("x"))
