# kilopy: overflow16
# ord() of a character past U+7FFF at 16-bit ints stops with OverflowError (it had wrapped
# to a negative int); at 32 bits every code point fits.
for c in ["a", "é", "中", "\uff11"]:
    print(c, ord(c))
