# error: 7:7: error: *arguments are supported only in print() in kilopy: pass the elements one by one
# starred call arguments are refused.
def f(a):
    return a

x = 1
print(f(*x))
