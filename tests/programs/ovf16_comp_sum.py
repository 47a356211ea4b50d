# kilopy: overflow16
# sum() of a generator expression overflows exactly where CPython's partial sum leaves the
# 16-bit range (32767), inside a function called from a comprehension.
def total(n):
    return sum(k * 1000 for k in range(n))

print([total(n) for n in range(1, 8)])
print(sum(x for x in [30000, 2767]))
print([total(n) for n in range(8, 10)])
