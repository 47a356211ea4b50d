# !r, !a, %r and %a of string literals: CPython's repr() and ascii(), decided at compile time.
print(f"{'a'!r} {'b':>3}", "%r %a" % ("x", "内存"), f"{'tab	q'!r}", f"{'内存'!r:>8}|", f"{'é'!a}")
print("%r %r %a %r" % ('say "hi"', "both ' and \"", "ünï\x01", "back\\slash\n"))
print("{!r:>6}|{!a}".format("it's", "\U0001F600 \xa0"))
