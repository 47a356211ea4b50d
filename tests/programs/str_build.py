# strs built at run time: +, *, str(), comparisons, in, len, truth, and strs held by lists,
# tuples, dict values and objects (printed with CPython's repr quoting).
class Tag:
    def __init__(self, name: str):
        self.name = name


def label(i: int) -> str:
    return "item" + str(i) if i >= 0 else "neg" + str(-i)


parts = []
for i in range(-2, 4):
    parts.append(label(i))
print(parts, len(parts[0]), parts[2] == "item0", parts[2] is not None)
bar = "=" * 5 + "|" + 3 * "ab" + "x" * -1
print(bar, len(bar), "=" * 0 == "")
quote = "it" + "'s"
both = quote + '"'
print([quote, both, "tab\t" + "end", "new\nline"])
print(str(True) + str(False) + str(None), str(0), str(-45), str(7 > 3))
a, b = "apple", "app" + "le"
print(a == b, a != b, a < "b", "b" <= a, a > "apple pie", "Z" < "a", "" < "a", "ab" >= "ab")
print("pl" in a, "lp" not in a, "" in a, a in "apple pie", "é" < "z", "内" > "é")
empty = "abc"[3:]
if empty:
    print("never")
if not empty and a:
    print("empty is false, a is true")
t = (a + "!", 3)
d = {1: "one" + "!", 2: str(2)}
tag = Tag("t" + str(9))
print(t, d, tag.name, [tag.name] * 2)
total = ""
n = 0
while len(total) < 12:
    total = total + str(n)
    n += 1
print(total, n, "内存" + "x", len("内存" + "x"))
