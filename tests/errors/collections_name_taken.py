# error: 11:19: error: collections.Counter is kilopy's builtin Counter, and this file names something else Counter too: rename that one
# collections.Counter where the program defines its own class Counter: kilopy names the builtin Counter.
import collections


class Counter:
    def __init__(self):
        self.n = 0


print(collections.Counter("abca"), Counter().n)
