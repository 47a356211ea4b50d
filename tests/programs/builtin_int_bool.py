# int() and bool() of ints and bools, and with no argument.
def truth(v):
    return bool(v)


for v in range(-2, 3):
    print(v, int(v), bool(v), truth(v * 3), int(v > 0), bool(v > 0))
print(int(), bool(), int(True), int(False), bool(True), bool(False))
print(bool(-32768), int(-32768), int(32767) + 0, bool(1000) and bool(7))
t = True
print(int(t) + int(t), bool(int(t)), int(bool(5)), bool(0) or bool(-1))
n = int()
b = bool()
n += 4
print(n, b, not bool(n))
e = [0] * 0
print(bool(e), bool([0]), bool([[0] * 0]), bool(list(range(n))))
