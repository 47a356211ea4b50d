# error: 3:7: error: this str value holds U+00A0, a character kilopy cannot show in repr() (it knows the printable Latin, Greek, Cyrillic, CJK and symbol blocks): keep such text as a print argument (print("..."))
# a str value holding a character that CPython's repr() escapes (here a no-break space).
gap = "a\xa0b"
print(gap)
