# assert statements that pass (with and without messages) do nothing.
x = 5
assert x == 5
assert x > 0, "x must be positive"
assert True
assert 1
assert -1, "nonzero is truthy"
assert x, "int truthiness"
for i in range(10):
    assert i * i >= i, "squares"
assert not False
print("all asserts passed")
