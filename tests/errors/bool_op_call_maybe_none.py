# error: 7:9: error: 'or' of an int or None that is not a name is not supported in kilopy: assign it to a name first (v = f(x), then v or ...)
# `or` of a call's value that may be None: name_and_or takes a name, so kilopy says to assign it first.
cache = {1: 5}
def find(k):
    return cache.get(k)
for k in [1, 2]:
    v = find(k) or k * 2
    print(v)
