# The empty tuple (): printed, len 0, ==, <, in, false in a test, in lists, returned, sliced.
def nothing(n):
    t = ()
    if n > 0:
        return t
    return ()


t = ()
print(t, len(t), t == (), t != (), t < (), () <= t, 1 in t, not t)
a = [t, nothing(1)]
a.append(nothing(0))
print(a, a.count(()), a == [(), (), ()], () in a, (t, 1), ((),))
print((1, 2)[2:], (1, 2, 3)[5:9] == t, 1 if (0,) else 2, 3 if t else 4)
while t:
    print("never")
u = nothing(2)
print(u, len(u))
