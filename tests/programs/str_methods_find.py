# str.rfind(), index(), rindex() (ValueError: substring not found), partition(), rpartition()
# and rsplit() without maxsplit.
s = "a-b-c"
print(s.rfind("-"), s.rfind("x"), s.rfind(""), s.index("b"), s.rindex("-"), "é-é".rindex("é"))
print(s.partition("-"), s.rpartition("-"), s.partition("x"), s.rpartition("x"), s.partition("a-b-c"))
key, eq, value = "name = kilo = py".partition(" = ")
print(key, eq, value)
print("a b  c ".rsplit(), s.rsplit("-"), "".rsplit())
try:
    print(s.index("z"))
except ValueError:
    print("ValueError")
sep = ""
try:
    print(s.rpartition(sep))
except ValueError:
    print("empty")
print(s.rindex("q"))
