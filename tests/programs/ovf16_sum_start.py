# kilopy: overflow16
# sum(xs, start) adds start first: 30000 + 30000 overflows 16 bits before the -30000.
print(sum([-30000, 30000], 30000))
print(sum([30000, -30000], 30000))
