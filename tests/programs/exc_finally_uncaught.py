# An error no handler catches runs the finally blocks it leaves, innermost first, then stops
# the program with its traceback (CPython's message).
def divide(a, b):
    try:
        q = a // b
    finally:
        print("divide done", a, b)
    return q


def outer(b):
    try:
        print(divide(7, b))
    finally:
        print("outer done", b)


outer(2)
try:
    outer(0)
finally:
    print("module done")
print("not reached")
