# print()'s sep and end computed at run time: any str expression (or None, the default),
# evaluated after the arguments, with *xs too.
class P:
    def __init__(self, k):
        self.k = k
    def __str__(self):
        return "P" + str(self.k)

n = 4
for i in range(n):
    print(i, end=" " if i < n - 1 else "\n")
seps = [", ", "-", ""]
for s in seps:
    print(1, "a", P(2), [3, 4], sep=s)
    print(1, 2, sep=s, end="|\n")
    print(sep=s, end=s + "\n")
def sep_for(k):
    print("computing sep", k)
    return "<" + str(k) + ">"
print("x", P(5), f"{n:>3}", sep=sep_for(1), end=sep_for(2) + "\n")
end = "."
print("done", end=end)
print()
none_sep = None
print("a", "b", sep=none_sep)
xs = ["a", "b", "c"]
for j, x in enumerate(xs):
    print(x, end=", " if j + 1 < len(xs) else "\n")
xs = [3, 1, 2]
s = "-"
print(*xs, sep=s)
print(*xs, sep=", ", end=s + "\n")
print("a", *xs, "b", sep=s * 2, end="!\n")
empty = [0] * 0
print(*empty, sep=s, end="<\n")
print(*xs, sep=None)
for k in range(3):
    print(*range(k), sep="+" if k % 2 else "*", end=" " if k < 2 else "\n")
