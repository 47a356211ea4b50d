# A failing assert without a message ends the program with AssertionError (exit status 1).
total = 0
for i in range(1, 6):
    total += i
print("total", total)
assert total == 15
print("first assert ok")
assert total == 16
print("unreachable")
