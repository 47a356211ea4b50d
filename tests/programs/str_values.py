# str values: variables, globals, parameters, returns, conditional expressions, == and !=,
# len (characters, not UTF-8 bytes), truthiness, and/or, printing with end= and in f-strings.
labels = ["low", "high"]
mode = "train"
empty = ""


def report(name, v):
    print(name, v)


def status(x: int) -> str:
    return "ok" if x > 0 else "bad"


def describe(s: str):
    if s:
        return len(s)
    return -1


def set_mode(m):
    global mode
    mode = m


report("loss", 3)
print(status(1), status(-1), status(0) == "bad", status(2) != "ok")
if mode == "train":
    print("training", mode)
set_mode("eval")
if mode != "train":
    print("now", mode)
print(describe(mode), describe(empty), describe("内存"), len("内存"), len("naïve"))
if not empty:
    print("empty is false", len(empty), bool(len(empty)))
print(empty or "default", mode or "x", mode and "y", empty and "z", "|")
print(f"{mode}! {mode!r} {labels[1]!r} {empty!r}")
print(mode, end="")
print("|", mode, sep="")
s = "it's"
t = 'say "hi"'
u = "both ' and \""
w = "back\\slash\n\x01\x7f\ttab"
print(f"{s!r} {t!r} {u!r} {w!r}")
print(s, t, u)
v = "tab\tnewline\nend"
print(v)
n = 0
for word in ["a", "bb", "", "ccc"]:
    n = n + len(word)
    if word == "":
        print("skip")
print(n)
x = "same"
y = "sa" "me"
print(x == y, x is not None, x == "other")
