# int() of text with non-ASCII characters: fullwidth digits are digits to CPython (any script's
# decimal digits are), anything else non-ASCII makes the text no number, its ValueError quoting
# the text as it is.
prices = ["12", "€5", "１２", " ３_４ ", "7½", "Zoë", "-９", "4" + "2", "5 €"]
total = 0
for p in prices:
    try:
        n = int(p)
        total += n
        print(p.strip(), "->", n)
    except ValueError as e:
        print("bad price:", e)
print("total", total)
print(int("＋１") if False else int("１０") * 3)
int("¹²")
