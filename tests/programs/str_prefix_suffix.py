# removeprefix()/removesuffix() and startswith()/endswith() of a tuple of strs (names or
# literals), by characters on non-ASCII text.
name = "prefix_héllo.py"
p = "prefix_"
print(name.removeprefix(p), name.removeprefix("zz"), name.removesuffix(".py"), name.removesuffix(""), "".removeprefix("a"))
print(name.removesuffix("héllo.py"), "ab".removeprefix("ab") == "", name.endswith((".py", ".c")), name.startswith(()))
print(name.startswith(("x",)), name.startswith(("x", "pre", "y")), "abc".endswith(("bc", "zz")))
for f in ["a.py", "b.c", "c.txt", "é.C"]:
    if f.endswith((".py", ".c")):
        g = f.removesuffix(".py")
        print(f, "source", g.removesuffix(".c"))
