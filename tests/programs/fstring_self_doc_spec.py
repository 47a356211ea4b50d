# `{x=}` shows repr(x), but `{x=:spec}` formats x with the spec, even an empty one (`{x=:}`
# is format(x, ""), str(x)) or a nested width alone (`{x=:{w}}`: an int right-aligned, a str
# left-aligned, no quotes).
class P:
    def __init__(self, k):
        self.k = k

    def __str__(self):
        return "P<" + str(self.k) + ">"

    def __repr__(self):
        return "P(" + str(self.k) + ")"


x = 42
s = "hi"
w = 7
p = P(1)
print(f"[{x=:{w}}]", f"[{s=:{w}}]")
t = f"[{x=:{w}}] [{s=:{w}}]"
print(t)
print(f"{s=:}|{p=:}|{x=:}")
print(f"{s=}|{p=}|{x=}")
print(f"{s = :}|{p = !r}|{x = :>{w}}|{s=!s:{w}}|{p=!s:^{w}}|")
u = f"{s=:}|{p=:}|{x=:05}"
print(u, len(u))
for n in range(3):
    print(f"{n=:{n + 2}}|{n = :<{n + 3}}|")
