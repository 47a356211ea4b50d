# error: 5:13: error: a conversion or format spec inside a nested field (f'{x:{w!r}}') is not supported in kilopy: write the width as an int, f'{x:{w}}'
# A nested field is the width alone: no conversion or spec of its own.
x = 5
w = 4
print(f"{x:>{w!r}}")
