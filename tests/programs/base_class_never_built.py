# A base class that the program never builds itself (only its subclasses, which call
# super().__init__): its own methods never run, so its fields' types come from the subclasses.
class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def describe(self):
        return f"{self.name}: {self.area()}"

    def __str__(self):
        return "<" + self.name + ">"

    def __repr__(self):
        return "Shape(" + repr(self.name) + ")"

    def bigger(self, other):
        return self.area() > other.area()


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side

    def describe(self):
        return "sq " + super().describe()


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Tall(Rect):
    def __init__(self, h):
        super().__init__(1, h)
        self.name = "tall"


shapes = [Square(3), Rect(2, 5), Tall(7)]
for s in shapes:
    print(s, s.describe(), isinstance(s, Rect))
print([str(s) for s in shapes])
print(shapes[0].bigger(shapes[1]), Shape.count)
best = max(shapes, key=lambda s: s.area())
print(best, sorted(s.area() for s in shapes))


class Node:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return self.name + "!"

class Folder(Node):
    pass

class File(Node):
    def __init__(self, name):
        super().__init__(name)

a = Folder("root")
b = File("a.txt")
print(a.describe(), b.describe())


class Animal:
    def __init__(self, name, sound):
        self.name = name
        self.sound = sound

    def speak(self):
        return self.name + " says " + self.sound


class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")


class Cat(Animal):
    def __init__(self, name):
        super().__init__(name, "meow")


for a in [Dog("rex"), Cat("tom")]:
    print(a.speak())
d = Dog("fido")
print(d.speak())
