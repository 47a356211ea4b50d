# kilopy: overflow16
# a list comprehension's element overflows at 16 bits after the elements before it were
# computed (and printed by the call inside).
def show(v):
    print("element", v)
    return v

ws = [show(v) * 300 for v in [100, 108, 109, 110]]
print(ws)
