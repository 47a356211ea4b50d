# error: 5:18: error: kilopy's str.count() takes a string literal or a variable to look for: assign this one to a variable first
# str.count() of a str computed in the call (kilopy reads a named one first, to handle "").
line = "a-b"
seps = ["-", "+"]
print(line.count(seps[0]))
