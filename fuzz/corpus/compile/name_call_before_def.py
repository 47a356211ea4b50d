# error: 3:7: error: function 'f' is used before its def statement has run
# calling a function before its def statement runs.
print(f())

def f():
    return 1
