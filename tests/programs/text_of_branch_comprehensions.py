# print(c if t else d) and print(a or b) beside literals only, where a branch is a comprehension: each
# branch is its text, as print() writes it.
v = [1, 2]
w = []
print([x * 2 for x in v] if v else "none")
print([x * 2 for x in w] if w else "none")
print([x for x in v if x > 1] or "nothing")
print([x for x in w if x > 1] or "nothing", end=".\n")
print("got:", {k: k * k for k in v} if len(v) > 1 else 0)
print(sum(x for x in v) and [y for y in v])
