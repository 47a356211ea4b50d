# str.replace() with computed arguments (a call, an element, an expression) and with a count
# (a literal, a name, negative, 0; an empty old), read in CPython's order.
template = "Order ID: ID, again ID"
oid = 42
print(template.replace("ID", str(oid)))
words = ["bad", "ugly"]
text = "a bad, bad and ugly day"
for w in words:
    text = text.replace(w, "*" * len(w))
print(text)
s = "a-b-c-d"
seps = ["-", "+"]
print(s.replace(seps[0], seps[1], 2), s.replace("-", seps[1].upper(), 1))
limit = 1
print("x.y.z".replace(".", "/", limit), "abc".replace("", "-", 2), "abc".replace("", "-"), "abc".replace("", "|", 9))
e = ""
print("abc".replace(e, "+", 0), "abc".replace(e, "+", 3), "aaa".replace("a", "b", -1))


def f():
    print("f")
    return "a"


def g():
    print("g")
    return "b"


print(f().replace(f(), g()))
print("banana".replace("an", g(), 1))
