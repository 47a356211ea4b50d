# error: 3:5: error: cannot tell what this empty list will hold: kilopy needs one element type per list; append to it or store into it where the type shows, or write e.g. [0] * 0
# an empty list whose element type nothing tells.
a = []
print(len(a))
