# sorted(), min() and max() of strs with key= (returning a str too) and default=; sort() of
# strs built at run time.
words = ["pear", "apple", "fig", "Zebra", "内存", "émigré"]
print(sorted(words, key=lambda w: w[::-1]), sorted(words, key=len, reverse=True))
print(min(words, key=lambda w: w[-1]), max(words, key=lambda w: w[1:]))
print(min(words, default="none"), max(words[:0], default="none"))
built = [str(n) for n in [10, 9, 100, 1, 0, -3]]
built.sort()
print(built, sorted([w.upper() for w in ["b", "a", "c"]]))
try:
    print(min(words[:0]))
except ValueError:
    print("ValueError")
