# error: 15:13: error: kilopy calls the reflected comparison method (__eq__ of the right operand) only where neither operand calls a function: assign them to variables first
# a comparison whose method is the right operand's reflected one (a subclass object on the right), where an operand calls: refused (the operands would be evaluated out of order).
class Pt:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x


class Pt3(Pt):
    pass


print(Pt(1) == Pt3(1))
