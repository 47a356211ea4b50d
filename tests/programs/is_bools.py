# `is` and `is not` between two bools: True and False are singletons in CPython, so it is ==.
flag = True
done = False
print(flag is True, done is not False, flag is done, flag is not done)
def check(xs):
    ok = all(x > 0 for x in xs)
    if ok is True:
        return "all positive"
    elif ok is False:
        return "some not"
print(check([1, 2]), check([0]))
seen = [True, False, True]
print([s is True for s in seen], seen[0] is seen[2] is True)
if (3 > 2) is not (2 > 3):
    print("differ")
