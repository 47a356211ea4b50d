# while c or any(gen) / while c and not all(gen) / if not (c or sum(gen)): only the test's truth is
# read, each operand's once, so the operands may differ in type.
events = [3, 4]
queues = [[1], [2, 5]]
steps = 0
while events or any(len(q) > 0 for q in queues):
    if events:
        events.pop()
    else:
        for q in queues:
            if q:
                q.pop()
                break
    steps += 1
print("done", steps)
xs = [1, 2, 3]
while xs and not all(x > 5 for x in xs):
    xs = [x + 2 for x in xs[1:]]
print(xs)
if not (xs or sum(v for v in [0])):
    print("empty")
