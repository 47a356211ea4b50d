# error: 5:13: error: a nested width (f'{x:>{w}}') must be an int, not a bool (CPython reads True as the spec 'True', a ValueError): compute the width as an int
# A nested width must be an int: CPython would read True as the spec 'True'.
x = 5
wide = True
print(f"{x:{wide}}")
