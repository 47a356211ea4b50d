# A comprehension inside a unary operator, after a part that must be hoisted and before another
# comprehension (a hoist emptied the list of evaluated parts, which the unary then refilled
# with a null one: a crash of the compiler).
d = [1, 2]
s = [3, 4]


def f(x):
    print("f", x)
    return x


print(list(d), f(1), -sum(v for v in s), [v * 2 for v in d], f(2))
print(-(f(3) + min(x for x in s)), f(4), [y for y in d], -max(i for i, _ in enumerate(s)))
print(f(5), sorted(d), -sum(x for x in s), -sum(y for y in d), f(6))
