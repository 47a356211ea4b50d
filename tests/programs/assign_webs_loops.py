# One name for values of different types in independent loops (each use is its own variable
# in kilopy: docs/language.md, "One type per independent use"): at module level and in a function.
log = "temp=21;hum=40;temp=25;err;hum=38"
vals = {}
for item in log.split(";"):
    if "=" not in item:
        print("skip", repr(item))
        continue
    k, v = item.split("=")
    vals.setdefault(k, []).append(int(v))
for k in sorted(vals):
    v = vals[k]
    print(f"{k:>5}: n={len(v)} max={max(v)}")


def show(names):
    for x in names:
        print(x.upper(), end=" ")
    print()
    for x in range(3):
        print(x * 10, end=" ")
    print()
    for x in [[1], [2, 3]]:
        print(len(x), x)
    return len(names)


print(show(["a", "bc"]))
for i in range(2):
    print("round", i)
for i in "xy":
    print("char", i)
