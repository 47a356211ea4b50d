# error: 9:14: error: generator scaled reads the global 'scale', which is a local variable where it is consumed here: kilopy inlines the generator into this loop, so rename one of them
# the generator reads a global that the consuming function has as a local.
scale = 2
def scaled(xs):
    for x in xs:
        yield x * scale
def main():
    scale = 10
    for v in scaled([1, 2]):
        print(v, scale)
main()
