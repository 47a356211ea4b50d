# A nonlocal cell is an ordinary variable of the function: comprehensions, sort keys and lambdas
# around it do not share its register (it held their lists).
def f_bug_1():
    n = 0
    def g():
        nonlocal n
        n += 1
    g()
    print([v * 5 for v in [1, 2]], n)
f_bug_1()

def f_bug_2():
    n = 0
    def g():
        nonlocal n
        n += 1
    g()
    print(sorted([3, 1, 2], key=lambda v: -v), n)
f_bug_2()

def f_bug_3():
    calls = 0
    def key(v):
        nonlocal calls
        calls += 1
        return v
    l = [1, 2]
    l.sort(key=key)
    print(calls, l)
f_bug_3()
def g_bug_3():
    calls = [0]
    def key(v):
        calls[0] += 1
        return v
    l = [1, 2]
    l.sort(key=key)
    print(calls, l)
g_bug_3()

def f_bug_4():
    n = 0
    def g():
        nonlocal n
        xs = [i * 7 for i in range(2)]
        n += 1
        return xs
    print(g(), n)
f_bug_4()

def f_bug_4b():
    n = 1
    def g():
        nonlocal n
        return [n * i for i in range(3)]
    print(g())
f_bug_4b()

def f_bug_1b():
    s = 0
    def g(i):
        nonlocal s
        s += i
        return s % 3 == 0
    print([i for i in range(6) if g(i)], s)
f_bug_1b()

def f_bug_1c():
    n = 0
    def g():
        nonlocal n
        n += 1
    g()
    print([[y for y in range(x)] for x in range(3)], n)
f_bug_1c()

