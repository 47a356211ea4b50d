# A str or None in + with a str: CPython's TypeError for None on either side; == with strs and None.
def tag(k):
    if k > 0:
        return "t" + str(k)
    return None


a = tag(1)
print(a + "!", "<" + a)
b = tag(0)
try:
    print("<" + b)
except TypeError as e:
    print("caught:", e)
try:
    print(b.strip())
except AttributeError as e:
    print("caught:", e)
try:
    for ch in b:
        print(ch)
except TypeError as e:
    print("caught:", e)
print(b == a, a == "t1", b == None, b != "x", None == b)
print("about to add")
print(b + "!")
print("unreachable")
