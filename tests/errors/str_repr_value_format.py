# error: 4:16: error: !r, !a, %r and %a of a str value are supported only in a print() argument in kilopy: print the formatted text
# !r of a str value in an f-string outside print() (its quoting is done only by print).
name = "ab"
label = f"name={name!r}"
print(label)
