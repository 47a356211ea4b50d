# x in d.values(), x not in d.values() (ints, bools, strs) and x in d.keys(), in tests and as values.
d = {1: 10, 2: 20, 3: 30}
print(20 in d.values(), 21 in d.values(), 20 not in d.values(), 3 in d.keys(), 4 not in d.keys(), 10 in d.keys())
if 30 in d.values():
    print("has 30")
if 31 not in d.values():
    print("no 31")
names = {"a": "x", "b": "y"}
print("y" in names.values(), "a" in names.values(), "a" in names.keys())
flags = {1: True}
print(True in flags.values(), False in flags.values(), 1 in flags.values(), 0 in flags.values())
empty: dict[int, int] = {}
print(0 in empty.values(), 0 in empty.keys())
n = 0
while n not in d.values() and n < 100:
    n += 5
print(n)
def g():
    print("g")
    return d
print(10 in g().values())
print([k for k in range(5) if k * 10 in d.values()])
print(sum(1 for k in range(40) if k in d.values()))
