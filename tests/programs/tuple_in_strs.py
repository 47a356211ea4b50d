# in and not in of a str in a tuple of strs (literal, named, built at run time): every text is interned, so slots compare as ints
OPS = ("+", "-", "*")
def kind(c):
    if c in ("+", "-"):
        return "additive"
    if c in OPS:
        return "multiplicative"
    if c not in ("(", ")"):
        return "other"
    return "paren"
for tok in "3 + 4 * ( 2 - 1 )".split():
    print(tok, kind(tok), tok in OPS, tok + tok in ("++", "((" ), ("x" + tok)[1:] in OPS)
words = ["a", "b"]
print("ab"[0] in ("a",), "" in ("",), "" in ("a", "b"), "b" in tuple(words))
