# error: 4:7: error: the str method .replace() is not supported in kilopy: it has startswith, endswith, find, upper, lower, strip, split and join
# a str method kilopy does not have.
mode = "train"
print(mode.replace("t", "T"))
