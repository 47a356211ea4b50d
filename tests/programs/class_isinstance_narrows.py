# isinstance() narrows a name to a subclass: its fields, its methods (overrides dispatched), not isinstance + continue, and/ternary.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
class Dog(Animal):
    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks
    def speak(self):
        return "woof"
    def fetch(self):
        return self.name + " fetches"
class Puppy(Dog):
    def speak(self):
        return "yip"
class Cat(Animal):
    def __init__(self, name, lives):
        super().__init__(name)
        self.lives = lives
    def speak(self):
        return "meow"

def describe(a):
    if isinstance(a, Dog):
        return a.name + " knows " + str(len(a.tricks)) + " tricks, " + a.fetch() + ", " + a.speak()
    elif isinstance(a, Cat):
        return a.name + " has " + str(a.lives) + " lives"
    return a.name + " says " + a.speak()

def total_lives(zoo):
    n = 0
    for a in zoo:
        if not isinstance(a, Cat):
            continue
        n += a.lives
        a.lives -= 1
    return n

def teach(d, trick):
    d.tricks.append(trick)

zoo = [Dog("rex", ["sit"]), Cat("tom", 9), Puppy("bit", []), Animal("gen"), Cat("kit", 3)]
for a in zoo:
    print(describe(a))
print(total_lives(zoo), total_lives(zoo))
dogs = []
for a in zoo:
    if isinstance(a, Dog):
        teach(a, "roll")
        dogs.append(a)
    if isinstance(a, Animal) and isinstance(a, Puppy):
        print("puppy", a.tricks)
    msg = a.fetch() if isinstance(a, Dog) else "no"
    print(msg)
for d in dogs:
    print(d.name, d.tricks, d.speak())
x = zoo[1]
if isinstance(x, Cat):
    print(x.lives)
    x = zoo[0]
    print(x.name)
