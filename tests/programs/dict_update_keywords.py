# d.update(k=v, ...) and d.update(other, k=v): other first, then the keywords as str keys.
names = {"a": 1}
names.update(b=2, a=3)
print(names)
names.update({"z": 26}, c=3)
print(names, len(names))
