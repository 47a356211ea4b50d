# A lambda inside an f-string field is a function of its own, numbered after the file's other
# lambdas (it once ran the file's first lambda instead).
v = list(map(lambda z: z - 1, [7]))
print(f"{list(map(lambda z: z * 2, [1, 12]))}", v)
xs = [3, 1, 2]
print(f"{sorted(xs, key=lambda x: -x)} {list(filter(lambda x: x > 1, xs))}")


class C:
    def __init__(self, items):
        self.items = items

    def __repr__(self):
        return f"C({list(map(lambda z: z * 10, self.items))})"


def show(k):
    return f"{k}: {[y for y in xs if y > k]} {max(xs, key=lambda y: (y % 2, y))}"


print(C([1, 2]), show(1))
print(f"""{"it's"} {'"quoted"'}""")
