# error: 7:9: error: `return` in a 'finally' block is not supported in kilopy (CPython's drops the exception the block runs for): set a flag and test it after the try statement
# A return in a finally block.
def f(x):
    try:
        y = 10 // x
    finally:
        return 0


print(f(2))
