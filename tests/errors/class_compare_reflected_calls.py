# error: 15:13: error: kilopy calls the reflected comparison method (__lt__ of the right operand) only where neither operand calls a function: assign them to variables first
# a reflected comparison whose operands call: the order of evaluation would show.
class Pt:
    def __init__(self, x):
        self.x = x

    def __lt__(self, other):
        return self.x < other.x


def mk(v):
    return Pt(v)


print(mk(1) > mk(2))
