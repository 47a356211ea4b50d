# error: 3:9: error: this list would hold a bool here and an int before it: kilopy lists hold one type
# a list literal with an int and a bool.
a = [1, True]
