# A dict or None narrowed by a test (is None, is not None, and, the else of an if): compared,
# passed and merged where it is not None.
def merge_counts(a, b):
    if a is None:
        return b
    if b is None:
        return a
    out = {}
    for k in a:
        out[k] = a[k]
    for k in b:
        out[k] = out.get(k, 0) + b[k]
    return out


print(merge_counts(None, {"x": 1}), merge_counts({"y": 2}, None), merge_counts(None, None))
print(merge_counts({"x": 1, "y": 2}, {"y": 5}))


def same(a, b):
    if a is not None and b is not None:
        return a == b
    return a is None and b is None


print(same({1: 2}, {1: 2}), same({1: 2}, None), same(None, None), same({1: 3}, {1: 2}))

groups = None
for w in ["ant", "bee", "ape", "cat", "bat"]:
    if groups is None:
        groups = {}
    if w[0] not in groups:
        groups[w[0]] = []
    groups[w[0]].append(w)
print(groups)

config = None
for line in ["a=1", "", "b=2"]:
    if line == "":
        continue
    if config is None:
        config = {}
    key, value = line.split("=")
    config[key] = int(value)
if config is not None and "a" in config:
    print(config["a"] + config["b"], len(config))
