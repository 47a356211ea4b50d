# Uses of one name in independent branches (if/else, a loop's iterations that each assign it
# first, a loop left by break) each get their own type.
def describe(flag):
    if flag:
        w = 10
        print("int", w + 1)
    else:
        w = "ten"
        print("str", w + "!")
    for k in range(4):
        if k == 2:
            continue
        w = [k] * k
        print(w)
    while True:
        w = k * 3
        if w > 5:
            break
        k += 1
    print(w, k)


describe(True)
describe(False)
n = 0
while n < 3:
    s = n * n
    print(s)
    n += 1
for m in range(2):
    s = "row" + str(m)
    print(s)
