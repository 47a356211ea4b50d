# error: 7:45: error: kilopy takes `default=` of a generator expression only as a constant or a variable: assign it to a variable before the call
# CPython evaluates default= before the generator runs; kilopy's lowering evaluates it after.
def fallback():
    return 0
xs = [1, 2, 3]
ys = []
print(min((fallback() for x in ys), default=fallback()))
