# kilopy: overflow16
# divmod(-32768, -1): the quotient 32768 does not fit 16 bits.
def f(a, b):
    return divmod(a, b)


q, r = f(-32767, -1)
print(q, r)
q, r = divmod(-32767 - 1, -1)
print(q, r)
