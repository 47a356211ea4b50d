# The walrus := first in an if, elif or while condition, as CPython binds it: the name lives
# on in the function (or module) after the statement.
def count_down(n: int) -> int:
    steps = 0
    while (n := n - 3) > 0:
        steps += 1
        if n == 4:
            continue
    return steps * 100 + n
print(count_down(10), count_down(2))
xs = [5, 0, 7]
if (k := len(xs)) > 2:
    print("long", k)
if (first := xs[0]) < 0:
    print("neg")
elif (second := xs[1]) == 0:
    print("zero second", first, second)
else:
    print("other")
i = 0
while (v := xs[i] if i < len(xs) else -1) >= 0:
    print(i, v)
    i += 1
print(v, k)
if m := xs.pop():
    print("popped", m, xs)
def first_big(ys: list[int]) -> int:
    j = 0
    while (y := ys[j]) < 6:
        j += 1
    return y
print(first_big(xs + [9, 2]))
