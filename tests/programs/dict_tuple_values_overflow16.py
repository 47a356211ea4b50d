# kilopy: overflow16
# A running (count, sum) per class in a dict of tuples: at 16 bits the sum overflows.
sums = {}
for i in range(40):
    c, s = sums.get(i % 2, (0, 0))
    sums[i % 2] = (c + 1, s + 100 * i)
    if i % 10 == 0:
        print(sums)
print(sums)
