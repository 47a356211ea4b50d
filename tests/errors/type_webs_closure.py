# error: 10:5: error: 'v' would hold a string here, but holds an int at line 4 (kilopy gives each name one type)
# a name a nested function reads is one variable: its uses cannot be split by type.
def outer():
    v = 1
    print(v)

    def inner():
        return v

    v = "one"
    print(inner())


outer()
