nb = {}
for label, word in [("spam", "buy"), ("ham", "hi"), ("spam", "now"), ("spam", "buy")]:
    if label not in nb:
        nb[label] = {}
    nb[label][word] = nb[label].get(word, 0) + 1
print(nb)
print(f"model: {nb}")
s = str(nb)
print(s, len(s))
empty = {"x": {1: 2}}
empty["x"] = {}
empty["y"] = {3: 4}
print(empty)
deep = {1: {2: {3: [4, 5]}}, 6: {}}
print(deep)
flags = {"a": {1: True, 2: False}}
print(flags, repr(flags))
names = {0: {"k": "v'q"}}
print(names)
