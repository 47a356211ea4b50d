# error: 4:5: error: generator inner is defined inside outer: kilopy supports generators defined at the top level only
# a generator defined in a function.
def outer():
    def inner():
        yield 1
    for v in inner():
        print(v)
outer()
