# append, pop(), pop(i), insert (Python's clamping), in / not in, sum, min, max.
a = []
for i in range(6):
    a.append(i * 3 - 4)
print(a, sum(a), min(a), max(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.insert(0, 100)
a.insert(-1, 200)
a.insert(50, 300)
a.insert(-50, 400)
print(a, len(a))
print(5 in a, 300 in a, 7 not in a, -1 not in a)
b = [False, True]
print(min(b), max(b), sum(b), True in b)
while a:
    a.pop()
print(a, not a)
