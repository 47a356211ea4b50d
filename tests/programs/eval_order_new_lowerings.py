# The lowerings of sorted(reverse=r), str.count/replace by a variable and max(key=, default=)
# read their operands in CPython's order: a failing read raises the error CPython raises.
def ranked(flag, use):
    if use:
        xs = [3, 1, 2]
    out = sorted(xs, reverse=flag)
    return out


def count_in(d, k, sub):
    return d[k].count(sub)


def longest(words, fallback_ok):
    if fallback_ok:
        fallback = "-"
    return max(words, key=len, default=fallback)


print(ranked(True, True))
for call in range(3):
    try:
        if call == 0:
            print(ranked(False, False))
        elif call == 1:
            print(count_in({"a": "banana"}, "b", "an"))
        else:
            print(longest([], False))
    except (UnboundLocalError, KeyError) as e:
        print(type(e).__name__, e)
print(count_in({"a": "banana"}, "a", "an"), longest(["ab", "c"], False), longest([], True))
