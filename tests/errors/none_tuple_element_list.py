# error: 11:14: error: the result of pick() is a tuple[str | None, int], a tuple with an element that may be None, which kilopy does not take here: it keeps one in a name, field, parameter or result, and takes one in unpacking, indexing, print(), str() and f-strings; unpack it into names first
# a tuple whose element may be None as a list element: refused.
def pick(flag):
    best = None
    if flag:
        best = "a"
    return best, 1


found = []
found.append(pick(True))
