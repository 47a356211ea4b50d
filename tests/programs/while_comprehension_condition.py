# A while condition holding a generator expression or a comprehension: evaluated before each pass.
xs = [3, 1, 4]
steps = 0
while any(x > 0 for x in xs):
    i = steps % len(xs)
    if xs[i] == 0:
        steps += 1
        continue
    xs[i] -= 1
    steps += 1
print(xs, steps)
queue = [5, 2, 8]
while len([q for q in queue if q > 3]) > 0 and steps < 100:
    queue = [q - 2 for q in queue]
    steps += 1
print(queue, steps)
n = 0
while sum(v * v for v in range(n)) < 50:
    n += 1
    if n > 100:
        break
print(n)
