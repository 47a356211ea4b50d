# A choice of an int and a str in a format field whose spec is an alignment and a width (:>4, :*<6,
# :^7): each branch is its text, which that spec pads as it pads the int. Closures over a variable
# that a try statement assigns on every path (its handler too).
rows = [("ann", 12), ("bob", 0), ("cy", 7)]
for name, score in rows:
    print(f"{name:<5}|{score if score else '-':>4}|{'n/a' if score > 10 else score:^7}|{score or 'none':*<6}|")
    print("{:>5} {:<3}".format(score if score else "-", name))
def mk(s):
    try:
        n = int(s)
    except ValueError:
        n = 0
    def f(x):
        return x * n
    return f

print(mk("3")(5), mk("zz")(5))
