# An inlined helper whose global's register the caller also uses for temporaries between two
# calls in a loop: the global must not be kept in that register (docs/bytecode.md "Inlining").

flag = 0


def flip():
    global flag
    flag = flag ^ 1
    return flag


def work(n):
    total = 0
    for i in range(n):
        a = flip()
        b = (a + i) * 2 - (i & 3) * (a + 1)
        c = flip()
        total = total + a + b * 3 + c
    return total


print(work(10), flag)
print(work(7), flag)
