# error: 8:9: error: 'fib' is kept as a value here, and its def (line 4) calls 'fib' by name, which the def at line 12 replaces: CPython's calls would then reach that def, kilopy's this one: give the two defs different names
# Memoizing by rebinding: the first fib, kept as `plain`, calls `fib`, which CPython resolves to
# the later def once it has run; kilopy binds it to the first.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


plain = fib
cache = {}


def fib(n):
    if n not in cache:
        cache[n] = plain(n)
    return cache[n]


print(fib(15))
