# Short-circuit evaluation of and/or with printing side effects.
def t(n):
    print("t", n)
    return True

def f(n):
    print("f", n)
    return False

def i(n):
    print("i", n)
    return n

print(f(1) and t(2))
print(t(3) and f(4))
print(t(5) or f(6))
print(f(7) or t(8))
print(f(9) or f(10) or t(11) or t(12))
print(t(13) and t(14) and f(15) and t(16))
print(i(0) or i(3))
print(i(2) and i(0) and i(9))
print(i(0) and 1 // i(0))
print(i(1) or 1 // i(0))
if t(17) and (f(18) or t(19)):
    print("yes")
