# error: 4:13: error: a format spec, !a or a %-code other than %d, %i, %u, %s and %r is supported only in a print() argument in kilopy: print the formatted text, or build the str with str(x), repr(x) and +
# An f-string with a spec outside print() (it would need format() at run time).
x = 1
label = f"x={x:5d}"
