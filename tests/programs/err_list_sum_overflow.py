# kilopy: overflow16
# sum of a list past 16 bits.
w = [20000, 20000]
print(sum(w))
