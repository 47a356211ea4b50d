# error: 6:11: error: sub() takes no keyword arguments in kilopy
# keyword arguments to a user function are refused.
def sub(a, b):
    return a - b

print(sub(a=5, b=2))
