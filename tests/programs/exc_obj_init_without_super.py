# An exception __init__ that never calls super().__init__(...): CPython's args are the call's
# arguments, so str(e) is the text of its parameters' values (none: '', one: str of it), in a
# root class and in a subclass, caught and uncaught.
class AppError(Exception):
    pass

class DataError(AppError):
    def __init__(self, row, reason):
        self.row = row
        self.reason = reason

class Empty(Exception):
    def __init__(self):
        self.when = 0

class One(Exception):
    def __init__(self, n):
        """One value."""
        self.n = n * 2
        n = 7

def check(rows):
    for i, r in enumerate(rows):
        if r < 0:
            raise DataError(i, "negative")
    return len(rows)

for rows in [[1, 2], [3, -1]]:
    try:
        print(check(rows))
    except AppError as e:
        print("app error:", e)
try:
    raise Empty()
except Empty as e:
    print(repr(str(e)), e.when)
try:
    raise One(5)
except One as e:
    print(e, e.n)
raise DataError(9, "x")
