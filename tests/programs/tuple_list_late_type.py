# A tuple whose element type a later pass of the type inference learns (a function's result,
# used before the function's return type is known): list(), max(), sum(), index().
def r():
    return 5
t = (r(), 3)
print(list(t), tuple(t), sorted(t), max(t), min(t), sum(t), sum(t, 1), max(t, default=0))
print(t.index(3), t.count(5), any(t), all(t))
