# A class constant that a method also assigns through self (an instance attribute hiding the
# class's): each object reads the class's value until it assigns its own; C.NAME stays the
# constant; a subclass's override is its objects' start; int, str and bool constants; objects in
# a list; a single object (no flattening of its class).
class Robot:
    battery = 100
    name = "bot"
    active = True

    def __init__(self, label):
        self.label = label

    def work(self, cost):
        self.battery -= cost
        return self.battery

    def rename(self, n):
        self.name = n

    def toggle(self):
        self.active = not self.active

    def __repr__(self):
        return f"{self.label}:{self.name}:{self.battery}:{self.active}"


class Drone(Robot):
    battery = 50


a = Robot("a")
b = Robot("b")
print(a.battery, a.work(10), a.work(5), b.battery, Robot.battery)
a.rename("zed")
print(a.name, b.name, Robot.name)
a.toggle()
print(a.active, b.active, Robot.active)
d = Drone("d")
print(d.battery, d.work(7), Drone.battery, Robot.battery)
robots = [a, b, d]
for r in robots:
    r.work(1)
print([repr(r) for r in robots])


class Counter:
    count = 0

    def inc(self):
        self.count += 1
        return self.count


c1 = Counter()
c2 = Counter()
c1.inc()
c1.inc()
print(c1.count, c2.count, Counter.count, c2.inc())


class Stage:
    size = 3

    def grow(self):
        self.size *= 2
        return self.size


s = Stage()
print(s.grow(), s.grow(), Stage.size, s.size)
