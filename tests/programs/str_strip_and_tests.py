# lstrip() and rstrip() (CPython's whitespace, as strip()), and the ASCII tests isdigit(),
# isalpha(), isalnum(), isspace(), isupper(), islower() (all false for "").
words = ["  pad  ", "\t x\n", "", "   ", "abc", "A1", "42", "-7", "Hello World", "ABC", "abc def", " \x1c"]
for w in words:
    print(repr(w.lstrip()), repr(w.rstrip()), repr(w.strip()))
    print(w.isdigit(), w.isalpha(), w.isalnum(), w.isspace(), w.isupper(), w.islower())
tokens = "x1 22 y 303 zz".split()
numbers = [int(t) for t in tokens if t.isdigit()]
names = [t.upper() for t in tokens if t.isalpha()]
print(numbers, names, sum(numbers))
line = "   key = value   "
key, value = line.split("=")
print(f"[{key.strip()}] [{value.lstrip()}] [{value.rstrip()}]")
