# A tuple whose element type a later pass of the type inference learns, as a dict key and in `in`.
def r():
    return 5
t = (r(), 3)
d = {t: 1}
d[t] += 1
print(d, t in d, d[(5, 3)])
