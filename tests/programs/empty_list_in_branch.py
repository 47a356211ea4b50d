# An empty list display as a conditional expression's branch, or in a tuple assignment, takes
# its element type from where the value goes.


def tags(word, seen=None):
    out = seen if seen is not None else []
    out.append(word)
    return "+".join(out)


def count_down(q, path=None):
    p = path if path is not None else []
    p.append(q)
    return len(p), p


print(tags("a"))
print(tags("b", ["x", "y"]))
print(count_down(1, [3]))
print(count_down(2))
out, n = [], 3
while n:
    out.append(n)
    n -= 1
print(out)
