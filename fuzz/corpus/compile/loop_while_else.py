# while/else: else runs when the condition becomes false, not after break; also when never entered.
n = 0
while n < 3:
    print("n", n)
    n += 1
else:
    print("while else, n =", n)
n = 0
while n < 10:
    if n == 4:
        print("break at", n)
        break
    n += 1
else:
    print("not printed")
while False:
    print("never")
else:
    print("never-entered else")
n = 10
while n > 0:
    n -= 3
    if n % 2 == 0:
        continue
    print("odd", n)
else:
    print("end", n)
