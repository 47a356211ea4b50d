# error: 3:14: error: this string holds U+00A0, a character kilopy cannot show in repr() (it knows the printable Latin, Greek, Cyrillic, CJK and symbol blocks): print it without !r
# repr() of a literal holding a character kilopy cannot show in repr() (a no-break space).
print("%r" % "a\xa0b")
