# int() of a text that is no number: ValueError quotes its repr cut to 200 characters (CPython's
# "%.200R"), an escape counting as its characters.
def text(i):
    if i == 0:
        return "x" * 198
    if i == 1:
        return "x" * 199
    if i == 2:
        return "y" * 210
    if i == 3:
        return "\t" * 60 + "q"
    return "a'b" * 70


def show(i):
    try:
        int(text(i))
    except ValueError as e:
        shown = str(e)
        print(len(shown), shown[-12:])


for i in range(5):
    show(i)
