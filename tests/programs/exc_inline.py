# Inlined calls inside a try body and a handler (the handler table follows the moved code),
# a small function with a try of its own (never inlined), and a global a function updates
# before an error that a caller catches (it must be stored back: no register copy of it).
count = 0


def half(x):
    return x >> 1


def bump():
    global count
    count += 1
    count += 1
    count += 1
    if count > 5:
        return 1 // 0
    return count


def guarded(d, k):
    try:
        return d[k]
    except KeyError:
        return half(k)


d = {1: 5}
for i in range(4):
    try:
        a = half(i)
        b = half(a)
        print(guarded(d, i), a, b, bump())
    except ZeroDivisionError:
        print("caught at", i, "count", count, half(count))
print(count)
