# str.splitlines() as CPython's: \n, \r, \r\n (one break), \v, \f and \x1c-\x1e end a line;
# no empty piece after a last break.
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1eeight\n"
print(text.splitlines(), len(text.splitlines()))
print("".splitlines(), "\n".splitlines(), "a\n\nb".splitlines(), "\r\n\r".splitlines(), "é\nü".splitlines())
for line in "x = 1\ny = 2".splitlines():
    print(line.partition(" = "))
