# error: 14:5: error: this list[Square] is also seen here as a list[Shape or a subclass], whose objects may be of other classes: kilopy gives a list one type wherever it is seen, and cannot widen it in a tuple: keep the list in a name of its own, not in a tuple
# a list of subclass objects held in a tuple, that a Shape joins through another name.
class Shape:
    def area(self):
        return 0


class Square(Shape):
    def area(self):
        return 1


t = ([Square()], 2)
a = t[0]
a.append(Shape())
for s in t[0]:
    print(s.area())
