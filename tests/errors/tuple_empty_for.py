# error: 3:10: error: a for loop over the empty tuple () is not supported in kilopy (it has no element type): leave the loop out, or loop over a list
# a loop over () has no element type for its variable.
for x in ():
    print(x)
