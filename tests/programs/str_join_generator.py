# sep.join() of a generator expression: the elements are made first, then joined.
names = {0: "off", 1: "on"}
flags = [1, 0, 1, 1]
print(", ".join(names[f] for f in flags))
print("".join(str(i * i) for i in range(5) if i % 2 == 0), "-".join(w.upper() for w in ["a", "bc"]))
print("+".join(str(v) for v in []), len(" ".join(str(v) for v in flags)))
