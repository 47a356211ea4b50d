# error: 12:10: error: TypeError: unsupported format string passed to P.__format__
# an object formatted to a nested width without !s or !r (object.__format__ refuses any spec)
class P:
    def __str__(self):
        return "P"


p = P()
w = 4
print(f"[{p!s:{w}}]")
q = P()
print(f"[{q:{w}}]")
