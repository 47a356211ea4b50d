# kilopy: overflow16
# kilopy: overflow32
# Factorials up to 12! fit in 32 bits; 13! = 6227020800 does not.
f = 1
for n in range(1, 14):
    f *= n
    print(n, f)
