# Printing an int or None: print, f-strings, str(), repr(), %s, truth, bool(), int(), arithmetic.
def maybe(n):
    if n % 3 == 0:
        return None
    return n * 10


for n in range(5):
    v = maybe(n)
    text = f"<{v}>"
    print(n, v, text, str(v), repr(v), "%s|%r" % (v, v), bool(v), not v, f"{v!r}")
    if v is not None:
        print("  int", int(v), v + 1, v - n, n - v, v * 2, v // 3, v % 7, -v, v < 25, 25 >= v, v ** 2)
count = None
count = 0
count += 4
count -= 1
count *= 3
print(count, count == 9, count == True)
