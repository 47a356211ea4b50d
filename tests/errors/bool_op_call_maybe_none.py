# error: 5:9: error: 'or' of an int or None that is not a name is not supported in kilopy: assign it to a name first (v = d.get(k), then v or ...)
# `or` of a call's value that may be None (d.get(k)): name_and_or takes a name, so kilopy says to assign it first.
cache = {1: 5}
for k in [1, 2]:
    v = cache.get(k) or k * 2
    print(v)
