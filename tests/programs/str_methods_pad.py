# str.ljust(), rjust(), center() (CPython's: an odd padding goes left when the width is odd)
# and zfill() (zeros after a sign), with variable widths and fill characters.
for w in [-3, 0, 2, 3, 4, 5, 6, 7]:
    print(w, "[" + "x".center(w) + "]", "[" + "xy".center(w, "=") + "]", "[" + "ab".ljust(w, ".") + "]",
          "[" + "ab".rjust(w) + "]", "7".zfill(w), "-7".zfill(w), "+ab".zfill(w), "[" + "".zfill(w) + "]")
rows = [("apple", 3), ("kiwi", 12)]
for name, n in rows:
    print(name.ljust(8, ".") + str(n).rjust(4) + "|" + str(n - 20).zfill(5))
print("title".center(11, "*"), "é".center(4, "─"), "abc".center(2))
