# error: 6:7: error: f() missing 1 required positional argument: 'b'
# a required parameter neither passed by position nor by keyword.
def f(a, b, c=3):
    return a + b + c

print(f(1, c=5))
