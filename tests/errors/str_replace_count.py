# error: 4:7: error: kilopy's str.replace() takes two arguments (old, new): a count of replacements is not supported (3 given)
# str.replace() with a count of replacements.
s = "hello"
print(s.replace("l", "L", 1))
