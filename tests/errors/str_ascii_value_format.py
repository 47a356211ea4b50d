# error: 4:16: error: !a and %a of a str value are supported only in a print() argument in kilopy: print the formatted text
# !a of a str value in an f-string outside print() (its escaping is done only by print).
name = "ab"
label = f"name={name!a}"
print(label)
