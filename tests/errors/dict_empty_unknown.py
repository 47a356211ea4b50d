# error: 3:5: error: cannot tell what this empty dict will hold: kilopy needs one key and one value type per dict; store into it where the types show (d[1] = 0)
# an empty dict whose types nothing shows.
d = {}
print(len(d))
