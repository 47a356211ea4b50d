# map() of a builtin: list(map(str, xs)), sum(map(len, ...)), for s in map(str, ...).
print(list(map(str, [1, 2])), sum(map(len, ["ab", "c"])), list(map(abs, [-3])))
for s in map(str, [5]):
    print(s + "!")
