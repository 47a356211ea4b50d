# int() of text with a non-ASCII character that is no digit (a currency sign, a fraction, a
# letter): CPython's ValueError, its text quoting the text as it is.
prices = ["12", "€5", " 34 ", "7½", "Zoë", "-9", "4" + "2", "5 €", "3°"]
total = 0
for p in prices:
    try:
        n = int(p)
        total += n
        print(p.strip(), "->", n)
    except ValueError as e:
        print("bad price:", e)
print("total", total)
int("¹²")
