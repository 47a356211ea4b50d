# error: 5:12: error: a replacement field inside a format spec (f'{x:{width}}') is not supported in kilopy: write the width as a number
# A width given by a field inside the spec is not supported.
x = 1
w = 4
print(f"{x:{w}}")
