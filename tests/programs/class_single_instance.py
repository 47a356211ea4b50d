# Classes made once, in a function only the module body calls: their fields become globals
# and their methods functions (docs/memory.md, "Classes with one instance"). The same output:
# fields read and written through the name and through self, a method calling methods, one
# recursing, a list field aliased outside the object, an exception raised in a method and
# caught in the function, a second call making a fresh instance, a class without fields.
class Stack:
    def __init__(self, size, start):
        self.items = [0] * size
        self.top = 0
        self.pushed = start

    def push(self, v):
        if self.top == len(self.items):
            raise IndexError("stack full")
        self.items[self.top] = v
        self.top += 1
        self.pushed += 1

    def pop(self):
        self.top -= 1
        return self.items[self.top]

    def depth(self, n):
        if n == 0:
            return self.top
        return self.depth(n - 1)

    def fill(self, k):
        for i in range(k):
            self.push(i * i + self.top)


class Greeter:
    def __init__(self):
        pass

    def hello(self, n):
        print("hello", n)


def run(n):
    print("start", n)
    s = Stack(4, n)
    g = Greeter()
    s.fill(3)
    print(s.pop(), s.depth(5), s.pushed, s.items)
    snapshot = s.items
    s.push(7)
    try:
        s.push(8)
        s.push(9)
    except IndexError:
        print("caught", s.top)
    snapshot[0] = 99
    print(s.items, s.top, s.pushed)
    s.top = 1
    s.pushed -= n
    g.hello(s.pop() + s.pushed)


run(10)
run(20)
