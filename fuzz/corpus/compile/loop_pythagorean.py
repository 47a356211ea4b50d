# Triple nested loops with early continue/break: Pythagorean triples with hypotenuse below 40.
count = 0
for c in range(1, 40):
    for a in range(1, c):
        if a * a >= c * c:
            break
        for b in range(a, c):
            s = a * a + b * b
            if s > c * c:
                break
            if s < c * c:
                continue
            print(a, b, c)
            count += 1
print("count", count)
