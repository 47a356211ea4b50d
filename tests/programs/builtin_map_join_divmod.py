# map() inside sep.join, tuple() and set(); divmod() of calls, each evaluated once, in order.
calls = []


def note(v):
    calls.append(v)
    return v


xs = [3, 14, 15]
print(" ".join(map(str, xs)), "-".join(map(str, [x * 2 for x in xs])), tuple(map(abs, [-1, 2])))
print(sorted(set(map(len, ["a", "bb", "cc"]))), ",".join(map(str, range(3))))
q, r = divmod(sum(xs), len(xs))
print(q, r)
q, r = divmod(note(17), note(5))
print(q, r, calls)


def split(total, parts):
    return divmod(total * 10, len(parts))


print(split(7, xs), divmod(-7, 2))
try:
    q, r = divmod(note(1), note(0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, calls)
