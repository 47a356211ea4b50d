# for x in lst iterates by index, live: appending during the loop is seen, as in CPython.
x = [1, 2]
for v in x:
    if len(x) < 6:
        x.append(v * 10)
print(x)
total = 0
for v in x:
    total += v
else:
    print("done", total)
for v in [4, 5, 6]:
    if v == 5:
        break
    print(v)
y = [9, 8, 7, 6]
for v in y:
    y.pop()
    print(v, y)
