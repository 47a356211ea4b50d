# int() of a text that is no number: ValueError quotes its repr, which CPython cuts to 200
# characters ("%.200R"): a handler binding it gets the whole repr of a text up to 198 bytes; a
# longer text's error ends the program (its traceback shows the repr cut).
def text(i):
    if i == 0:
        return "x" * 190
    if i == 1:
        return "x" * 198
    if i == 2:
        return "\t" * 20 + "q"
    return "a'b" * 60


def show(i):
    try:
        int(text(i))
    except ValueError as e:
        shown = str(e)
        print(len(shown), shown[-12:])


for i in range(4):
    show(i)
int("y" * 230)
