# str methods: split, join, strip, upper, lower, find, startswith, endswith; int(s).
line = "  epoch 3: loss 12, acc 87  "
fields = line.split()
print(fields, len(fields), line.strip(), "[" + "\t x \n".strip() + "]")
print("a,b,,c".split(","), "a, b".split(", "), "abc".split("abc"), "".split(","), "".split(), "x".split("x"))
print("-".join(fields), "".join(["a", "b"]), ", ".join("x y z".split()), "/".join(fields[:0]) == "")
print("MiXed 9!".upper(), "MiXed 9!".lower(), "abc".startswith("ab"), "abc".startswith("abcd"))
print("abc".endswith("bc"), "abc".endswith(""), "hello".find("l"), "hello".find("lo"), "hello".find("z"))
print("内存hello".find("h"), "".find(""), "ab".find(""))
acc = int(fields[5])
loss = int(fields[3][:-1])
print(acc + loss, int(" -12 "), int("+7"), int("1_000") + 1, int("0"), int("007"))
words = "the cat and the hat".split(" ")
caps = []
for w in words:
    if w.startswith("t") or w.endswith("at"):
        caps.append(w.upper())
print(caps, " ".join(caps).lower())
