# __neg__, __abs__, __floordiv__ and __mod__ (with __add__ beside them), on a class and through a subclass that overrides one
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __neg__(self):
        return V(-self.x, -self.y)

    def __abs__(self):
        return abs(self.x) + abs(self.y)

    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)

    def __mod__(self, k):
        return V(self.x % k, self.y % k)

    def __add__(self, other):
        return V(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"V({self.x}, {self.y})"


class Clock:
    def __init__(self, minutes):
        self.minutes = minutes

    def __mod__(self, m):
        return self.minutes % m

    def __floordiv__(self, m):
        return self.minutes // m


v = V(7, -3)
print(-v, abs(v), v // 2, v % 4, abs(-v), -(-v), v // -2 + v % 3)
w = v
w = w // 2
print(w, v)
c = Clock(135)
print(c // 60, c % 60, f"{c // 60}:{c % 60:02d}")
vs = [V(1, 2), V(-5, 5)]
print([abs(u) for u in vs], [-u for u in vs], max(vs, key=lambda u: abs(u)))
