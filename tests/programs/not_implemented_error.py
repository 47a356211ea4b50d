# NotImplementedError, a RuntimeError: raised by a base class's abstract method, caught by its
# class, by RuntimeError and by Exception, and its text through str(e).
class Model:
    def predict(self, x):
        raise NotImplementedError("predict() is abstract")

    def name(self):
        raise NotImplementedError


class Linear(Model):
    def __init__(self, w):
        self.w = w

    def predict(self, x):
        return self.w * x


models = [Model(), Linear(3)]
for m in models:
    try:
        print(m.predict(2))
    except NotImplementedError as e:
        print("abstract:", e)
    try:
        print(m.name())
    except RuntimeError as e:
        print("runtime error:", repr(str(e)))
try:
    raise NotImplementedError("later")
except Exception as e:
    print(type(e).__name__, e)
try:
    raise RecursionError("deep")
except NotImplementedError:
    print("wrong")
except RuntimeError as e:
    print("right", e)
Model().name()
