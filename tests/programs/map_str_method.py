# map() and filter() of a str method named through its class (str.upper, str.isdigit): each
# item's method is called, as CPython calls str.upper(item).
xs = ["ab", "Cd", "12", " e "]
print(list(map(str.upper, xs)), list(filter(str.isdigit, xs)))
print(",".join(map(str.strip, xs)), sorted(map(str.lower, xs)))
for w in map(str.title, xs):
    print(w)
print(len(list(filter(str.isalpha, xs))))
up = list(map(str.swapcase, xs))
print(up)
