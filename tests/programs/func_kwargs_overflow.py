# kilopy: overflow16
# the keyword argument written first is evaluated first: it prints before the second one
# overflows at 16 bits (and at 32 bits the call completes as in CPython).
def scale(x, *, factor, offset=0):
    return x * factor + offset


def loud(v):
    print("loud", v)
    return v


big = 300
print(scale(2, offset=loud(7), factor=big * big))
print(scale(1, factor=loud(big) * big))
