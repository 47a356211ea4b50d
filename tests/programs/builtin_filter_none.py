# filter(None, xs): the true elements, in list(), sum(), any() and a for loop (with break and else)
xs = [0, 3, 0, -1, 2]
print(list(filter(None, xs)), sum(filter(None, xs)), any(filter(None, [0, 0])))
words = ["", "a", "", "bc"]
print(list(filter(None, words)))
rows = [{"a": 1}, {}, {"b": 2}]
print(list(filter(None, rows)), len(list(filter(None, [[], [1], []]))))
for x in filter(None, xs):
    if x < 0:
        print("negative", x)
        break
    print(x)
else:
    print("no break")
for x in filter(None, [0, 0]):
    print(x)
else:
    print("all false")
