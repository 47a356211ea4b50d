# for/else: else runs when the loop finishes without break (including empty loops), not after break.
for i in range(3):
    print("a", i)
else:
    print("a else")
for i in range(3):
    if i == 1:
        print("a break")
        break
else:
    print("not printed")
for i in range(0):
    print("never")
else:
    print("empty else")
for i in range(5):
    if i == 2:
        continue
    print("c", i)
else:
    print("continue else")

def find(x, lo, hi):
    for d in range(lo, hi):
        if x % d == 0:
            print(x, "divisible by", d)
            break
    else:
        print(x, "no divisor in range")

find(91, 2, 10)
find(97, 2, 10)
find(10, 20, 30)
