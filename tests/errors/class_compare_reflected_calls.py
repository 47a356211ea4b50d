# error: 15:13: error: '>' is not supported between these operands in kilopy: define __gt__ in class 'Pt' (or assign the operands to variables first)
# a reflected comparison whose operands call: the order of evaluation would show.
class Pt:
    def __init__(self, x):
        self.x = x

    def __lt__(self, other):
        return self.x < other.x


def mk(v):
    return Pt(v)


print(mk(1) > mk(2))
