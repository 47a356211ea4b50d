# An IndexError raised again by a bare raise and caught by no handler ends the program with
# CPython's text (a handler entry keeps the sequence's kind: here a tuple).
def pick(t, i):
    try:
        return t[i]
    except IndexError:
        print("pick", i, "failed")
        raise


print(pick((1, 2), 1))
print(pick((1, 2), 2))
