# A list field that starts empty (a None default) and is appended to through the objects of one
# class only: the empty list another class's copy of __init__ makes, which nothing fills, takes
# the field's type from its base or subclass (it was refused: "cannot tell what this empty list
# will hold"). Lists of base-class objects printed one by one, dicts built with setdefault.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def describe(self):
        return self.name
    def __str__(self):
        return f"{type(self).__name__}({self.name!r})"

class Dog(Animal):
    kind = "dog"
    def __init__(self, name, tricks=None):
        super().__init__(name)
        if tricks is None:
            tricks = []
        self.tricks = tricks
    def describe(self):
        return f"{super().describe()} who knows {len(self.tricks)} tricks"
    def learn(self, trick):
        self.tricks.append(trick)

class Puppy(Dog):
    def describe(self):
        return "little " + super().describe()

class Bird(Animal):
    kind = "bird"
    def __init__(self, name, songs=None):
        super().__init__(name)
        self.songs = [] if songs is None else songs

class Parrot(Bird):
    def sing(self, song):
        self.songs.append(song)

rex, pingu, polly = Dog("rex"), Bird("pingu"), Parrot("polly")
zoo = [rex, Puppy("bit"), pingu, polly, Animal("blob")]
rex.learn("sit")
rex.learn("roll")
polly.sing("la")
for a in zoo:
    print(a, "-", a.describe())
by_kind = {}
for a in zoo:
    by_kind.setdefault(a.kind, []).append(a.name)
print(by_kind)
print(rex.tricks, polly.songs, pingu.songs)
