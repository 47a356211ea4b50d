# A list of objects made text runs their __repr__, code of the program: a function that prints
# one calls code (its globals are not kept in registers across it), a value read before such a
# text is taken before it, and `x = a or str(objs)` at module level writes x only after it.
step = 0
shown = 0


class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v
        self.born = step

    def __repr__(self):
        global shown
        shown += 1
        return f"P(x={self.x}, age={step - self.born}, label={label})"


def advance(ps, n):
    global step
    for _ in range(n):
        step += 1
        if step % 4 == 0:
            print("tick", step)
        for p in ps:
            p.x += p.v
    print("after step", step, "->", ps)


label = "old"
ps = [Particle(0, 2), Particle(5, -1)]
advance(ps, 3)
advance(ps, 2)
print(shown, f"{ps}", shown)
print(f"{shown} so far: {ps} then {shown}")
print("{} {} {}".format(shown, ps, shown))
empty = ""
label = empty or str(ps)
print(label)


class Header:
    def __str__(self):
        items.append("late")
        return "header:"


items = ["a", "b"]
print(Header(), *items)
print(*items, sep=" | ")


class Job:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        if len(queue) < 3:
            queue.append(Job(self.name + "+"))
        return self.name


queue = [Job("j")]
print(*queue)
print(*queue, end=" .\n")
print(len(queue))
