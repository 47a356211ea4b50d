# error: 5:5: error: `return value` in generator count is not supported in kilopy (a for loop drops the value): write `return`, or yield the value
# return with a value in a generator.
def count(n):
    yield n
    return n
for v in count(2):
    print(v)
