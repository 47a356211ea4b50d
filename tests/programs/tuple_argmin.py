# min and max of generator expressions of tuples (argmin/argmax): lexicographic, the first of equal ones.
xs = [3, 1, 2, 1]
print(min((x, i) for i, x in enumerate(xs)), max((x, -i) for i, x in enumerate(xs)))
best = min((x * x - 4 * x, x) for x in xs)
print(best)
