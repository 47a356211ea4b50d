# Functions calling other functions, with arguments evaluated left to right.
def trace(x):
    print("arg", x)
    return x

def add(a, b):
    return a + b

def add3(a, b, c):
    return add(add(a, b), c)

def sq(x):
    return x * x

def sum_sq(a, b):
    return add(sq(a), sq(b))

def hyp2(a, b):
    return sum_sq(a, b) - sq(max(a, b)) + sq(min(a, b))

print(add3(trace(1), trace(2), trace(3)))
print(sum_sq(3, 4), hyp2(3, 4), hyp2(-5, 2))
print(add(trace(10), add(trace(20), trace(30))))
print(sq(sq(sq(2))))
