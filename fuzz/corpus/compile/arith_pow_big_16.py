# kilopy: overflow16
# Powers with results beyond 16 bits (but within 32): 2**16, 3**15, 10**9.
print(2 ** 15 - 1)
print(2 ** 16)
print(3 ** 15)
print(10 ** 9)
print(2 ** 30 + (2 ** 30 - 1))
print((-2) ** 31)
