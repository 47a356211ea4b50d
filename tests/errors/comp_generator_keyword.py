# error: 7:45: error: kilopy takes `default=` of a generator expression only as a constant, or a name where the generator expression calls nothing (CPython reads it before the generator runs, kilopy after): pass a list comprehension instead of the generator expression, or a constant
# CPython evaluates default= before the generator runs; kilopy's lowering evaluates it after.
def fallback():
    return 0
xs = [1, 2, 3]
ys = []
print(min((fallback() for x in ys), default=fallback()))
