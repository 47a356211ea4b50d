# error: 18:9: error: comparing these objects is not supported in kilopy: which comparison method CPython calls depends on their classes at run time (a subclass object on the right has its reflected method tried first); compare objects of one class, or compare their fields
# == of an object with a list element a call made a subclass object (CPython may call the
# subclass's reflected method first).
class Base:
    def __eq__(self, other):
        return False

class Child(Base):
    def __eq__(self, other):
        return True

def add(lst, x):
    lst.append(x)
items = [Base()]
add(items, Child())
b = Base()
x = items[1]
print(b == x, b != x)
