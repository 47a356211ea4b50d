# error: 7:10: error: kilopy would run this comprehension before reading the augmented target: assign the comprehension to a variable first
# x += sum(f(v) for ...) would run f before x is read: refused.
def f(v):
    print(v)
    return v
t = 1
t += sum(f(v) for v in [1, 2])
print(t)
