# A temporary name reused for a value of another type once the first is no longer read:
# a str then a list, a list then its length (x = len(x) reads the old value, then rebinds),
# a parameter rebound to a str after its last read as an int.
def report(n):
    print(n * 2)
    n = "n=" + str(n)
    print(n)
    t = "ab"
    print(t + "c", len(t))
    t = [1, 2, 3]
    t.append(4)
    print(t, sum(t))
    return len(t)


print(report(5), report(n=7))
x = [3, 1, 2]
x = len(x)
print(x + 1)
line = "  12, 7 ,  3 "
line = [int(p) for p in line.split(",")]
print(line, sorted(line))
acc = 0
for j in range(4):
    acc += j
print(acc)
acc = "total"
acc += "!"
print(acc)
