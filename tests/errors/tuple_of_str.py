# error: 3:11: error: tuple() of a str is not supported in kilopy yet: write tuple(c for c in s)
# tuple(s) of a str: the generator form is supported.
t = tuple("ab")
