# A parameter that defaults to None and receives ints: `label=None`, tested, printed and used.
def show(x, label=None):
    if label is None:
        print("value", x)
    else:
        print("value", x, "label", label, label * 2)


def scale(x, factor=None, offset=3):
    if not factor:
        factor = 1
    return x * factor + offset


show(4)
show(5, 7)
show(6, label=0)
print(scale(2), scale(2, 5), scale(2, factor=None), scale(2, 0, offset=-1))
