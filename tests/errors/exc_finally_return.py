# error: 5:9: error: `return` in the 'try' block of a try statement with 'finally' is not supported in kilopy: set a flag and test it after the try statement
# A return that leaves a try statement with finally.
def f(x):
    try:
        return 10 // x
    finally:
        print("done")


print(f(2))
