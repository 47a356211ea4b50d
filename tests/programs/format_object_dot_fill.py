# An object's text padded with '.' as the fill ({x!r:.<9}): a fill, not a precision (it was refused).
class C:
    def __repr__(self):
        return "C!"

    def __str__(self):
        return "see"


c = C()
print(f"{c!r:.<9}|{c!s:.>6}|{c!s:.^7}|{c!r:*<5}|{c!s:<4}|")
print("{0!r:.<8}|{0!s:.>5}".format(c))
print("%-6s|%5r|" % (c, c))
