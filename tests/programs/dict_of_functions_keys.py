# A dict of functions passed to builtins that see only its keys (sorted, min, max, sum, any,
# all, set, dict).

def add(a, b):
    return a + b
def mul(a, b):
    return a * b
ops = {"add": add, "mul": mul, "sub": lambda a, b: a - b}
for k in sorted(ops):
    print(k, ops[k](7, 3))
print(min(ops), max(ops), len(ops))
ks = set(ops)
print(sorted(ks))
cp = dict(ops)
cp["add"] = mul
print(cp["add"](2, 5), ops["add"](2, 5))
print(any(ops), all(ops))
byn = {1: add, 2: mul}
print(sum(byn))
print(sorted(ops, reverse=True))
print(sorted(ops, key=len))
