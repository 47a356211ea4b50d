# An assert message other than a string literal (an f-string, a number, a list, a call) is
# evaluated only when the test fails, and shows as CPython's str() of it.
calls = []


def describe(xs):
    calls.append(len(xs))
    return f"{len(xs)} values: {xs}"


def check(xs, limit):
    assert len(xs) < limit, describe(xs)
    assert sum(xs) >= 0, sum(xs)
    return sum(xs)


for xs, limit in [([1, 2], 5), ([1, 2, 3], 3), ([-5, 1], 9)]:
    try:
        print(check(xs, limit))
    except AssertionError as e:
        print("AssertionError:", e)
print(calls)
loss = 17
try:
    assert loss < 10, f"loss too high: {loss:>4}"
except AssertionError as e:
    print(str(e), repr(str(e)))
try:
    assert loss == 0, [loss, loss * 2]
except AssertionError as e:
    print(e)
assert loss > 0, f"never evaluated: {1 // 0}"
assert loss < 5, f"loss {loss} at the end"
