# error: 3:11: error: iterating over a str is not supported in kilopy yet: keep its pieces in a list of strs
# a for loop over a str is refused.
for ch in "abc":
    print(ch)
