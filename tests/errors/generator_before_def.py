# error: 3:10: error: function 'g' is used before its def statement has run
# a loop over a generator before its def has run (CPython: NameError).
for x in g():
    print(x)
def g():
    yield 1
