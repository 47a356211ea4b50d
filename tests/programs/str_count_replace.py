# str.count() and str.replace() of non-empty literals: non-overlapping, left to right.
line = "a,b,,c,"
print(line.count(","), line.replace(",", ";"), line.replace(",,", ","), "aaaa".count("aa"), "aaaa".replace("aa", "b"))
word = "banana"
new = "NA"
print(word.count("an"), word.replace("an", new), word.replace("x", "y"), word.count("banana!"), "".count("a"))
csv = "1;2;3"
print(sum(int(t) for t in csv.replace(";", " ").split()), csv.count(";") + 1, "内存内".count("内"), "内存".replace("存", "s"))
