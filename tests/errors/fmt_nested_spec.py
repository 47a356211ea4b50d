# error: 6:19: error: a format spec with more than one replacement field (f'{x:{fill}>{w}}') is not supported in kilopy: only the width may be a field, f'{x:>{w}}'
# Only the width may be a nested field in an f-string's spec: a fill field too is refused.
x = 1
w = 4
fill = "*"
print(f"{x:{fill}>{w}}")
