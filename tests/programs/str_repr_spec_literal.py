# !r and %r of a str with a width or precision, outside print(): a literal's repr is padded
# or cut by its spec as a variable's is.
s = "ab"
t = f"{s!r:>6}|{s!r:.2}|{'cd'!r:<5}|" + "{!r:^8}".format("x") + "%5r|%.2r" % ("ab", "cd")
print(t)
print(f"{'ab'!r:>6}|", "%6r|%.2r|" % ("ab", "cd"))
