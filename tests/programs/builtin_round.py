# round(x[, n]) of ints: half to even at every negative n, n >= 0 and None giving the int, bools
xs = [7, 1234, 1250, 1350, -1250, 15, 25, 5, -7, 0, -5, 35, 45, -45, 150, 250, -150]
for x in xs:
    print(x, round(x), round(x, 0), round(x, 2), round(x, -1), round(x, -2), round(x, -3), round(x, -4), round(x, -5), round(x, -12))
print(round(True), round(False, -1), round(7, None))
