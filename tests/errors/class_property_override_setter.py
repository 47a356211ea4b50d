# error: 15:5: error: class 'ReadOnly' gives property 'value' a getter without a setter, so in CPython its objects have no setter, where kilopy would call Base's: give ReadOnly a setter too (@value.setter), or leave the getter out
# a subclass giving a property a getter without a setter (CPython: no setter; kilopy would inherit).
class Base:
    @property
    def value(self):
        return 1

    @value.setter
    def value(self, v):
        print("Base setter", v)


class ReadOnly(Base):
    @property
    def value(self):
        return 2


r = ReadOnly()
r.value = 5
print(r.value)
