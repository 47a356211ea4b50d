x = 1
if "a":
    assert "ok"
while "":
    pass
y = 1 if "" else 2
print(not "x", "a" and 1, "" or y, x and "s" or 0)
