# error: 5:9: error: an annotated field without a value (self.x: int) assigns nothing: give it its value (self.x: int = 0)
# an annotated field without a value assigns nothing in CPython.
class C:
    def __init__(self):
        self.x: int
        self.y = 1


print(C().y)
