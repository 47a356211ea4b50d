# A str inside enumerate(), zip() and reversed(), in loops, comprehensions and consumers.
s = "hello"
for i, c in enumerate(s):
    print(i, c)
for a, b in zip(s, "world!"):
    print(a + b, end=" ")
print()
print("".join(reversed(s)), [c for c in reversed("abc")], list(enumerate("xy", 1)))
print({c: i for i, c in enumerate("abca")}, sum(1 for a, b in zip("abc", "abd") if a == b))
for c, n in zip("ab", [1, 2, 3]):
    print(c * n)
print(list(zip("ab", "cd")), [i for i, ch in enumerate("a-b-c") if ch == "-"])
for ch in reversed(""):
    print("never")
print(max(enumerate("zebra"), key=lambda p: p[1]))
