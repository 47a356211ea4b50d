# split(sep, maxsplit), split(None, maxsplit), rsplit(sep[, maxsplit]) and their keywords, for
# every maxsplit from -2 to past the pieces; rsplit of a separator that overlaps itself.
ss = ["a,b,,c", " a  b c ", "", "aaa", "é,ü"]
for s in ss:
    for n in range(-2, 4):
        print(n, s.split(",", n), s.rsplit(",", n), s.split(None, n), s.rsplit(None, n))
    print(s.rsplit(","), s.rsplit(None), s.rsplit(), s.split(None), s.rsplit("aa"), s.split("aa"), s.rsplit("a", 1))
k = 1
print("1 2 3".split(" ", k + 0), "1 2 3".rsplit(" ", k * 2), "k=v=w".split("=", maxsplit=1))
print("a b c".rsplit(maxsplit=1), "a-b-c".rsplit(sep="-", maxsplit=k), "a-b".split(sep="-"))
sep = "aa"
print("aaaaa-aaa".rsplit(sep), "aaaaa-aaa".split(sep), "x,y".rsplit(","))
