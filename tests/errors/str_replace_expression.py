# error: 5:20: error: kilopy's str.replace() takes a string literal or a variable to look for: assign this one to a variable first
# str.replace() of a str computed in the call (kilopy reads a named one first, to handle "").
mode = "train"
n = 1
print(mode.replace(mode[:n], "T"))
