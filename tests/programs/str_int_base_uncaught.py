# An int(s, base) ValueError no handler catches ends the program with CPython's exit status.
def parse(word):
    return int(word, 16)


print(parse("7ac"))
print(parse("coffee"))
