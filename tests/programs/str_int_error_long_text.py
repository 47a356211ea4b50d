# int() of a text that is no number: ValueError quotes its repr, which CPython cuts to 200
# characters ("%.200R"), counting the escapes the repr adds (a backslash is two) and a
# non-ASCII letter as one; the last one is uncaught, its traceback showing the repr cut.
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
        return "x" * 199
    if i == 5:
        return "C:\\data\\" * 20
    if i == 6:
        return "é" * 10 + "\n" * 95
    return "7" * 210 + "z"


def show(i):
    try:
        int(text(i))
    except ValueError as e:
        shown = str(e)
        print(len(shown), shown[-12:])


for i in range(8):
    show(i)
int("y" * 230)
