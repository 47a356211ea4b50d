# isdecimal() and isnumeric() of ASCII text: the same test as isdigit().
for s in ["123", "12a", "", " 1", "007", "-5", "4.2"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric())
fields = "3,x,42,,7".split(",")
print([int(f) for f in fields if f.isnumeric()], sum(int(f) for f in fields if f.isdecimal()))
