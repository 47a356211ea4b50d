# A local variable with the same name as a global shadows it without changing the global.
x = 10
y = 20

def f():
    x = 5
    print("local x", x)
    return x + y

def g(y):
    return x + y

def h():
    x = 1
    for x in range(3):
        pass
    return x

print(f(), x)
print(g(1), y)
print(h(), x)
x = 11
print(f(), g(0), x)
