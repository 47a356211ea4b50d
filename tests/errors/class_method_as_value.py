# error: 8:5: error: methods are not values in kilopy: call it (obj.get(...))
# a bound method used as a value is refused.
class C:
    def get(self):
        return 1

c = C()
g = c.get
print(g())
