# error: 4:12: error: a sort key that reads the list it sorts is not supported in kilopy: CPython's list.sort() shows the list empty to the key while it sorts (words.count(v) is 0 there, and a change raises ValueError): compute the keys from the list before the sort (counts = {v: words.count(v) for v in words}) and sort by them
# a key that reads the list list.sort() sorts (CPython shows it the list empty meanwhile).
words = ["b", "a", "b", "c"]
words.sort(key=lambda w: words.count(w))
print(words)
