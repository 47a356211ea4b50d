# The old idiom `c and x or y` with x a true literal: x if c else y, with c evaluated once.
def grade(score):
    return score >= 50 and "pass" or "fail"
print(grade(70), grade(20))
def f(n):
    r = n > 3 and "big" or "small"
    return r
print(f(5), f(1))
calls = []
def t(v):
    calls.append(v)
    return v
for a in range(3):
    print(t(a) and t(a * 2 - 2) and 10 or t(-1), a == 1 and "one" or a == 2 and "two" or "many")
print(calls)
x = 0
print(x and "yes" or "no", x or 5 and 7 or 3, x and 0 or 4, [0] * 0 and "e" or "f")
s = ""
print(s and "non-empty" or "empty", (s or "dflt") and "z" or "w")
print(True and 1 or 2, False and 1 or 2)
