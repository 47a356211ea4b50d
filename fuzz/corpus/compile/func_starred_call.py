# error: 7:7: error: *arguments are not supported in kilopy
# starred call arguments are refused.
def f(a):
    return a

x = 1
print(f(*x))
