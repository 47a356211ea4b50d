# error: 9:9: error: __contains__ returns an int here: kilopy needs it to return a bool (return x == y, bool(n), ...)
# __contains__ returning an int, in a class without __init__: the result's type was not known
# yet when the first pass met `in`, and must still be checked (kilopy printed 1 and 0).

class Evens:
    def __contains__(self, n):
        return 1 - n % 2

print(4 in Evens(), 3 in Evens())
