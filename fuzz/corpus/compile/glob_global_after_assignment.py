# error: 7:5: error: name 'x' is assigned to before global declaration
# 'global x' after x is assigned in the function.
x = 0

def f():
    x = 1
    global x
    return x

print(f())
