# repr() of strs built at run time as values, and !r / %r outside print(): CPython's quoting.
def show(s: str) -> str:
    return repr(s)


words = ["it's", "a", '"test"', "tab\there", "new\nline", "back\\slash", "", "both'\""]
for w in words + ["bell" + chr(7), chr(127), "x" * 3]:
    r = show(w)
    print(r, len(r), r == repr(w))
name = "ab" * 2
msg = f"name={name!r} n={3!r} ok={True!r} none={None!r}"
print(msg, len(msg))
line = "%r and %r, %s" % (name + "'", 42, name)
print(line)
print("{!r}/{}".format(name, name))
print(repr(17), repr(-5), repr(False), repr(None), repr("x" + str(9)), repr(repr(name)))
