# tuples holding strs: <, <=, >, >= compare place by place (the texts of strs), == and != slot
# by slot; in, count and remove on lists of them.
a = (1, "apple")
b = (1, "banana")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print((2, "a") > (1, "z"), ("b", 1) < ("a", 2), ("", 0) < ("a",), ("a",) < ("a", 0))
built = "app" + "le"
print((1, built) == a, (1, built) <= a, (1, built) < a)
scores = [(3, "c"), (1, "z"), (3, "a")]
best = ("", 0)
for w in ["bb", "a", "cc", "cb"]:
    if (w, len(w)) > best:
        best = (w, len(w))
print(best)
print((1, "z") in scores, (2, "z") in scores, scores.count((3, "a")))
scores.remove((1, "z"))
print(scores, scores == [(3, "c"), (3, "a")])
words = ["pear", "fig", "apple", "fig"]
print(min((w, i) for i, w in enumerate(words)), max((len(w), w) for w in words))
