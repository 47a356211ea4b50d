# error: 9:15: error: any() of a list of Marker objects is not supported in kilopy: write any(x is not None for x in xs)
# any() of a list of objects (the opcode would test each object by its field count).
class Marker:
    pass


xs = [Marker(), Marker()]
if xs:
    print(any(xs))
