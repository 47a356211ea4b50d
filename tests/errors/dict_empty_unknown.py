# error: 4:5: error: cannot tell what this empty dict will hold: kilopy needs one key and one value type per dict; store into it where the types show (d[1] = 0)
# a defaultdict whose key type nothing shows (an empty display is taken: its elements are ints).
from collections import defaultdict
d = defaultdict(list)
print(len(d))
