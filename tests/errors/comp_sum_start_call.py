# error: 9:28: error: kilopy takes `start` of a generator expression only as a constant, or a name where the generator expression calls nothing (CPython reads it before the generator runs, kilopy after): pass a list comprehension instead of the generator expression, or a constant
# sum(generator, start) with a start computed by a call: CPython evaluates it before the
# generator runs, after its first iterable; kilopy's lowering evaluates it first.
def base():
    return 10


xs = [1, 2, 3]
print(sum((x for x in xs), base()))
