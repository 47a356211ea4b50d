# Bool parameters and bool locals combined with and/or/not, passed between functions.
def both(a, b):
    return a and b

def either(a, b):
    return a or b

def imply(a, b):
    return not a or b

def xor(a, b):
    return a != b

for i in range(4):
    p = i >= 2
    q = i % 2 == 1
    print(p, q, both(p, q), either(p, q), imply(p, q), xor(p, q))
print(both(imply(True, False), True), either(xor(True, True), not False))
