# error: 5:15: error: f-string: expressions nested too deeply: compute the inner value first, into a variable
# A nested field inside a nested field: CPython's SyntaxError too.
x = 5
w = 4
print(f"{x:{w:{w}}}")
