# error: 4:7: error: the str method .expandtabs() is not supported in kilopy: it has startswith, endswith, find, rfind, index, rindex, upper, lower, casefold, swapcase, capitalize, title, strip, lstrip, rstrip, split, rsplit, splitlines, partition, rpartition, join, count, replace, removeprefix, removesuffix, ljust, rjust, center, zfill, isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace, isupper and islower
# a str method kilopy does not have.
mode = "train"
print(mode.expandtabs())
