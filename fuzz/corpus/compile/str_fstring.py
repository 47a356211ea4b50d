# error: 4:7: error: f-strings are not supported
# f-strings are refused.
x = 1
print(f"x={x}")
