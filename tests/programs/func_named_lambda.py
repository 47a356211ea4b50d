# A lambda bound to a name at the top level is a function: defaults, keywords, calls in comprehensions.
relu = lambda x: x if x > 0 else 0
clip = lambda v, lo=-10, hi=10: max(lo, min(hi, v))
zero = lambda: 0
print([relu(v) for v in [-3, 0, 4]], clip(25), clip(-30, -5), clip(3, hi=2), zero())
step = lambda s: 1 if s >= 0 else 0
print(sorted([3, -1, 2], key=lambda t: -t), step(-2), step(relu(-1)))
