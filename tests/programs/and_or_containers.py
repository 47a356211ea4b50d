# Lists, tuples, dicts and sets as operands of and/or in tests: each counts by its length.
def monotonic(vals):
    stack = []
    for v in vals:
        while stack and stack[-1] > v:
            stack.pop()
        stack.append(v)
    return stack


def describe(xs, seen, pair, name):
    if xs and name:
        print("list and name")
    if not xs or len(xs) > 3:
        print("empty or long")
    if seen and pair or not name:
        print("seen and pair")
    return 1 if xs and seen else 0


print(monotonic([2, 1, 5, 3, 4]), monotonic([]))
print(describe([1], {"a": 1}, (1, 2), "x"))
print(describe([], {}, (0, 0), ""))
queue = [3, 1]
done = set()
while queue and len(done) < 5:
    n = queue.pop()
    done.add(n)
    if n > 0 and not (done and n in done and n > 10):
        queue.append(n - 1)
print(sorted(done), bool(queue and done))
flag = not (queue or done)
print(flag, [x for x in [[], [1], [2, 3]] if x and x[0] > 1])
