# error: 5:5: error: 'count' is assigned in inc(), so it is local there and has no value yet: add `global count` at the start of inc() to use the module's count
# A function that updates a module variable without `global`: CPython raises UnboundLocalError.
count = 0
def inc():
    count += 1
inc()
print(count)
