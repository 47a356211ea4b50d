# `f(x) or y` formatted where its statement repeats or may not run: in a comprehension's element,
# a key= lambda, a while condition and after `and`: f runs at each evaluation, as in CPython.
calls = []


def g(x):
    calls.append(x)
    return "" if x % 2 else str(x)


xs = [1, 2, 3, 4]
print([f"<{g(x) or 'odd'}>" for x in xs])
print(sorted(xs, key=lambda x: f"{g(x) or 'z'}"))
i = 0
while f"{g(i) or 'odd'}" != "odd":
    i += 2
    if i > 4:
        break
print(i, calls)
ok = len(xs) > 10 and f"{g(9) or 'n'}" == "n"
print(ok, calls[-1])
