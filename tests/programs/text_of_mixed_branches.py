# A conditional expression, or and and of ints, bools, strs, lists, tuples and dicts where only
# the text is used (print(), an f-string or format field without a spec, str()): each branch
# its text.

for i in range(1, 16):
    print("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else i)
for i in range(1, 6):
    print(f"{i}: {'even' if i % 2 == 0 else i * 10}")
for i in range(1, 16):
    print("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or i)
def f(c):
    return c * 2
for x in [0, 3]:
    name = "ab" if x else ""
    print(x or "none", name and len(name), "yes" if x else False, True if x else 5)
    print(f"{x or 'n/a'}|{'big' if x > 1 else x}|{name or -1}")
    print("%s and %s" % (x or "zero", "z" if x else x + 1))
    print("{} {}".format(x and "nonzero", f(x) if x else "no"))
    s = "v=" + str(x or "none")
    print(s)
def pick(xs):
    return xs or [1]
print(pick([]), pick([5, 6]))
honor = []
print(honor or "nobody")
names = ["ann"]
print(names or "nobody", f"{names or 'none'}", str(honor or 0))
t = (1, "a")
print(t if len(names) > 3 else "short", [] or (2, 3))
d = {"k": 3}
print(d or "empty", {} or "empty")
