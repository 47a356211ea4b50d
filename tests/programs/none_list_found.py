# A list or None returned by a function (None when nothing was found), sorted and printed where it is not None.
def evens(xs):
    out = None
    for x in xs:
        if x % 2 == 0:
            if out is None:
                out = [x]
            else:
                out.append(x)
    return out


print(evens([1, 3]), evens([1, 2, 4]))
e = evens([6, 7, 8])
if e is not None:
    e.reverse()
    print(e, sum(e) if e else 0)
