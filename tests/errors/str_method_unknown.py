# error: 4:7: error: the str method .title() is not supported in kilopy: it has startswith, endswith, find, upper, lower, strip, lstrip, rstrip, split, join, count, replace, isdigit, isalpha, isalnum, isspace, isupper and islower
# a str method kilopy does not have.
mode = "train"
print(mode.title())
