# error: 11:7: error: 't' is a tuple[str | None, int], a tuple with an element that may be None, which kilopy does not take in a comparison: it keeps one in a name, field, parameter or result, and takes one in unpacking, indexing, print(), str() and f-strings; unpack it into names first
# a tuple whose element may be None compared with ==: refused (its boxes are not compared by value).
def pick(flag):
    best = None
    if flag:
        best = "a"
    return best, 1


t = pick(True)
print(t == pick(False))
