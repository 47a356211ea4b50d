# Ordering strs: sorted(), list.sort(), min() and max() compare texts (code point order).
words = ["pear", "apple", "fig", "apple", "Zebra", "内存", "émigré"]
print(sorted(words))
print(sorted(words, reverse=True))
print(min(words), max(words), min("b", "a", "c"), max("bb", "bc"))
copy = words[:]
copy.sort()
print(copy)
copy.sort(reverse=True)
print(copy[0], copy[-1])
