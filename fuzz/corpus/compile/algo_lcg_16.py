# kilopy: overflow16
# The LCG s = (s*75 + 74) % 65537 (ZX81-style) needs more than 16 bits for s*75.
s = 1
for i in range(15):
    s = (s * 75 + 74) % 65537
    print(s, end=" ")
print()
total = 0
for i in range(1000):
    s = (s * 75 + 74) % 65537
    total = (total + s) % 100000
print(s, total)
