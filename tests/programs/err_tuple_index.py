# A tuple of one type indexed by a variable: IndexError past its end, as CPython.
t = (10, 20, 30)
i = -3
while True:
    print(t[i])
    i += 2
