# 'in' a tuple of strs, of a field read through an unannotated parameter (its type known only
# from the calls): a small recursive-descent calculator over tokens.
class Tok:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def tokenize(src):
    toks = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            toks.append(Tok("num", src[i:j]))
            i = j
        elif c in "+-*/()":
            toks.append(Tok("op", c))
            i += 1
        else:
            i += 1
    return toks


def expr(toks, pos):
    value, pos = term(toks, pos)
    while pos < len(toks) and toks[pos].text in ("+", "-"):
        op = toks[pos].text
        rhs, pos = term(toks, pos + 1)
        value = value + rhs if op == "+" else value - rhs
    return value, pos


def term(toks, pos):
    value, pos = atom(toks, pos)
    while pos < len(toks) and toks[pos].text in ("*", "/"):
        op = toks[pos].text
        rhs, pos = atom(toks, pos + 1)
        value = value * rhs if op == "*" else value // rhs
    return value, pos


def atom(toks, pos):
    if toks[pos].text == "(":
        value, pos = expr(toks, pos + 1)
        return value, pos + 1
    return int(toks[pos].text), pos + 1


for src in ["1 + 2 * 3", "(1 + 2) * 3", "20 / 3 - 4", "2 * (3 + 4) * 5 - 6"]:
    print(src, "=", expr(tokenize(src), 0)[0])
