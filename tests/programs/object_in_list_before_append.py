# `x in xs` of an object and a list that the program fills with such objects only later (an
# empty list's elements are known from the append after the test).

class T:
    def __init__(self, n):
        self.n = n


class S:
    def __init__(self):
        self.tasks = []

    def add(self, t):
        if t not in self.tasks:
            self.tasks.append(t)


s = S()
x = T(1)
s.add(x)
s.add(x)
s.add(T(2))
print(len(s.tasks), [t.n for t in s.tasks])

items = []


def add(t):
    if t not in items:
        items.append(t)


add(x)
add(x)
print(len(items), x in items, T(3) in items)
