# error: 13:1: error: NameError: name 'Book' is not defined (read in Shelf.add(), which line 13 may call): the class statement of Book (line 17) has not run yet here in CPython: move it above
# A method the module calls on an object constructs a class whose statement has not run yet
# (CPython: NameError inside the method).
class Shelf:
    def __init__(self):
        self.items = []

    def add(self, name):
        self.items.append(Book(name))


shelf = Shelf()
shelf.add("Dune")
print(len(shelf.items))


class Book:
    def __init__(self, name):
        self.name = name
