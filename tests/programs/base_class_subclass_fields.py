# A base class the program never builds, with no fields of its own: every subclass's __init__
# assigns name (in different orders, beside fields of their own), so reading or writing
# a.name through a value holding objects of any of them reads each object's own name.
class Animal:
    def speak(self):
        return self.name + " says " + self.sound()


class Dog(Animal):
    def __init__(self, name):
        self.tricks = 0
        self.name = name

    def sound(self):
        return "woof"


class Cat(Animal):
    def __init__(self, name, lives):
        self.name = name
        self.lives = lives

    def sound(self):
        return "meow"


class Kitten(Cat):
    def __init__(self, name):
        super().__init__(name, 9)
        self.age = 1


zoo = [Dog("rex"), Cat("tom", 7), Kitten("kit")]
for a in zoo:
    print(a.name, "|", a.speak())
for a in zoo:
    a.name = a.name.upper() + "!"
print([a.name for a in zoo], max(len(a.name) for a in zoo))
rex = Dog("rex")
rex.tricks += 2
print(rex.tricks, rex.speak())
best = zoo[0]
for a in zoo:
    if len(a.name) > len(best.name):
        best = a
print(best.speak())
