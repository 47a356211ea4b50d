# Ints that may be None as values: a conditional expression of an int and None, == against a
# call's result and against a name that is always None, a single instance's field, boxes made
# in a long loop (reclaimed), and a TypeError caught by except TypeError.
class Sensor:
    def __init__(self):
        self.last = None
        self.count = 0

    def feed(self, v):
        if self.last is not None and v < self.last:
            print("drop", self.last, "->", v)
        self.last = v
        self.count += 1


def half(n):
    return n // 2 if n % 2 == 0 else None


def nothing():
    return None


s = Sensor()
for v in [5, 7, 3, 3, 9]:
    s.feed(v)
print(s.last, s.count)
never = None
h = half(6)
print(half(4), half(5), h == 3, half(7) == 3, h == half(8), h != never, h == nothing(), never == h)
g = half(5)
print(h == half(6), h != half(6), g == half(7), g != half(7), g == h, h == g, g != h)
total = 0
for i in range(3000):
    m = half(i)
    if m:
        total = total + m % 7
print(total)
try:
    q = half(1)
    print(q + 1)
except TypeError:
    print("TypeError caught")
print("end")
