# list(s), sorted(s) and sep.join(s) of a str: its characters (the anagram key "".join(sorted(w))).
def anagram_key(w):
    return "".join(sorted(w))

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", ""]
groups = {}
for w in words:
    k = anagram_key(w)
    if k not in groups:
        groups[k] = []
    groups[k].append(w)
for k in sorted(groups):
    print(repr(k), groups[k])
print(list("abc"), "-".join("abc"), sorted("banana", reverse=True), list(""), ",".join(""))
s = "hello"
s2 = list(s)
s2.reverse()
print("".join(s2), len(list(s * 3)))
