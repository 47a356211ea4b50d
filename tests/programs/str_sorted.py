# Ordering strs: sorted(), list.sort(), min() and max() compare texts (code point order).
words = "pear apple fig banana apple Zebra 内存 émigré".split()
print(sorted(words))
print(sorted(words, reverse=True))
print(min(words), max(words), min("b", "a", "c"), max("b" + "b", "bc"))
print(min(words, default="none"), max([w for w in words if w == "kiwi"], default="none"))
copy = list(words)
copy.sort()
print(copy, copy == sorted(words))
copy.sort(reverse=True)
print(copy)
print(sorted(words, key=len), sorted(words, key=lambda w: w[::-1]))
print(min(words, key=lambda w: w[-1]), max(words, key=len))
built = [str(n) for n in [10, 9, 100, 1, 0, -3]]
built.sort()
print(built, sorted([w.upper() for w in ["b", "a", "c"]]))
try:
    print(min([w for w in words if w == "kiwi"]))
except ValueError:
    print("ValueError")
