# error: 3:5: error: sets are not supported
# set displays are refused.
s = {1, 2}
print(1)
