# A name reused with another type beside try statements: each use its own variable where no
# value of one reaches a read of the other (a handler reads what the body may have left).
for k in ["a", "b"]:
    print(k)
for k in range(3):
    try:
        print(10 // (k - 1))
    except ZeroDivisionError:
        print("zero at", k)


def parse(items):
    total = 0
    for item in items:
        try:
            value = int(item)
        except ValueError:
            print("skip", item)
            continue
        total += value
    value = "done"
    print(value, total)
    return total


parse(["1", "x", "30"])


def risky(n):
    result = 0
    try:
        result = n * 2
        if n > 5:
            raise ValueError("big")
        result = n + 1
    except ValueError:
        print("handler sees", result)
    return result


print(risky(2), risky(7))
x = "text"
print(x)
try:
    x = 5
    print(x + 1)
finally:
    print("finally")
