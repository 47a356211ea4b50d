# error: 4:5: error: decorators are not supported
# a decorated method (here a property) is refused.
class C:
    @property
    def n(self):
        return 1

print(C().n)
