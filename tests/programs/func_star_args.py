# *args parameters of top-level functions: the rest of the positional arguments as a tuple
# (of ints, bools or strs), empty when there are none; f(a, *xs) passes xs's elements.
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s

def log(level, *parts, sep=" "):
    print(f"[{level}]", sep.join(parts), len(parts), parts)

def avg(first, *rest):
    return (first + sum(rest)) // (1 + len(rest))

print(total(1, 2, 3), total(), total(5))
log("info", "a", "b")
log("warn", "x", sep="-")
log("err")
print(avg(4), avg(1, 2, 3))
xs = [7, 8]
print(total(*xs), avg(1, *xs))
print(max(total(1), total(2, 3)))
vals = [total(i, i) for i in range(3)]
print(vals)

def show(*items):
    print(*items)
    print(items[0] if items else "none", "b" in items)
    for i, it in enumerate(items):
        print(i, it)
show("a", "b")
show()
t = (1, 2)
def add(*n):
    return sum(n)
print(add(*t))
