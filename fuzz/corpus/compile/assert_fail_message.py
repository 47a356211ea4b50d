# A failing assert with a message is the program's last act (AssertionError, exit status 1).
def check(n):
    assert n < 3, "n too large"
    return n * 10

for i in range(5):
    print(check(i))
print("unreachable")
