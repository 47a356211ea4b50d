# A module-level name reused with another type where no function reads it (a function's own
# local of that name is another variable), beside a global that functions do use.
count = 0


def bump(v):
    global count
    count += v
    v = "bumped"
    return v


def pairs(word):
    v = []
    for ch in word:
        v.append(ch + ch)
    return v


for v in ["a", "bb"]:
    print(bump(len(v)), v, count)
v = pairs("xy")
print(v, len(v))
for v in range(2):
    print(bump(v) + "!", count + v)
v = {"k": 1}
print(v, count)
