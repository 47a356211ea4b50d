# Small leaf functions the compiler inlines (frontend/inline.cpp): globals read and written,
# several returns, implicit None, immediate and variable arguments, a parameter the callee
# reassigns, a callee inside another inlined callee, calls from loops and from a recursive
# function (whose calls stay calls). Every result must be CPython's.

state = 7
hits = 0


def step():
    global state
    low = state & 1
    state >>= 1
    if low:
        state ^= 0x48
    return low


last = 0


def mark(v):
    global last
    last = v & 15


def advance(n):
    global state
    if n > 3:
        state = state ^ 5
        return state & 255
    if n < -3:
        return -1
    state = state | 2
    return n


def bump():
    global hits
    hits += 1


def clamp(v):
    return max(-100, min(100, v))


def pick(flag, a, b):
    if flag:
        return a
    return b


def low3(x):
    x = x & 7
    return x


def nothing(x):
    x = x | 1


def both(v):
    return pick(v & 1, low3(v), clamp(v))


def bits(n):
    value = 0
    for _ in range(n):
        value = (value << 1) | step()
    return value


def depth(n):
    if n == 0:
        return clamp(n - 500)
    return depth(n - 1) + low3(n)


total = 0
for i in range(40):
    total = total + step() + clamp(i * 9 - 150)
    bump()
print("total", total, "state", state, "hits", hits)
print(bits(8), bits(5), state)
print(clamp(-1000), clamp(1000), clamp(5), clamp(-64), clamp(127))
print(pick(1, 1, 2), pick(0, 1, 2), pick(0, -64, 127), pick(3, state, hits))
print(low3(13), low3(-1), nothing(4), both(12), both(13), both(-301), both(301))
print(depth(10), depth(0))
x = 5
y = low3(x) + x
print(x, y, low3(y), clamp(x * 40))
bump()
bump()
mark(hits)
print(hits, last)
for n in range(-5, 6):
    mark(n)
    print(n, advance(n), state, last)


def main():
    acc = 0
    for k in range(-3, 30, 4):
        acc = acc + both(k * 17) - clamp(acc)
        if step():
            acc = acc - pick(k & 2, low3(k), 9)
    print("main", acc, state)


main()
