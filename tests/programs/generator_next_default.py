# next() of a generator expression or a generator with a default (positional, as CPython takes it),
# and map()/filter() with lambdas in a nested function.
def gen(k):
    for i in range(k):
        yield i + 10
print(next(gen(3), -1), next(gen(0), -1))
print(next((x for x in [1, 2] if x > 5), None))
def outer(xs):
    def inner():
        return list(map(lambda v: v + 1, xs)), list(filter(lambda v: v > 1, xs))
    return inner()
print(outer([1, 2, 3]))
xs = [4, 7, 9]
print(next((x for x in xs if x > 5), None), next((x for x in xs if x > 50), -1))
