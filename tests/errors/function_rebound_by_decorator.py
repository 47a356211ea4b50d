# error: 13:1: error: cannot assign to 'square': it names a function, which kilopy keeps bound to its def (a decorator written out, f = deco(f), included): give the value a name of its own
# A decorator written out, square = logged(square): the name stays bound to its def in kilopy.

def logged(f):
    def wrapper(x):
        print("call", x)
        return f(x)
    return wrapper

def square(x):
    return x * x

square = logged(square)
print(square(3))
