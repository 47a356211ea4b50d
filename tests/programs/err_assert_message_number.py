# A failing assert whose message is a number: AssertionError: 12, evaluated only when it fails.
total = 0
for i in range(5):
    total += i
    assert total < 100, total // 0
assert total < 10, total + 2
