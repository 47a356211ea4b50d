# int() of a text that is no number: ValueError quotes its repr, which CPython cuts to 200
# characters ("%.200R"): a handler binding it gets the whole repr of a text whose repr is 200
# bytes at most (escapes counted: a backslash is two); a longer one's error ends the program, its
# traceback showing the repr cut (kilopy: docs/language.md).
# kilopy: heap=2048
def text(i):
    if i == 0:
        return "x" * 190
    if i == 1:
        return "x" * 198
    if i == 2:
        return "\t" * 20 + "q"
    if i == 3:
        return "a'b" * 60
    if i == 4:
        return "é" * 50 + "\n" * 40
    return "C:\\data\\" * 12


def show(i):
    try:
        int(text(i))
    except ValueError as e:
        shown = str(e)
        print(len(shown), shown[-12:])


for i in range(6):
    show(i)
int("C:\\data\\" * 20)
