# match statements: literal, capture, wildcard, or, as, sequence (with *rest) and class patterns,
# guards; the subject evaluated once; break and continue inside a case.
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

def describe(cmd):
    match cmd.split():
        case ["quit"]:
            return "bye"
        case ["go", direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["take", *_]:
            return "take what?"
        case _:
            return "unknown " + cmd

for c in ["quit", "go north", "take a b", "take", "dance now"]:
    print(describe(c))

def code(n):
    match n:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case x if x > 100:
            return f"big {x}"
        case _:
            return "other"

print([code(v) for v in [0, 2, -1, 500, 50]])

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y at {y}"
        case Point(x, 0) as q:
            return f"on x at {x} {q}"
        case Point():
            return "elsewhere"

print(where(Point(0, 0)), where(Point(0, 4)), where(Point(3, 0)), where(Point(1, 1)))

def kind(v):
    match v:
        case (a, b):
            return a + b
    return -1

print(kind((2, 3)))
status = 404
match status:
    case 200 | 201:
        print("ok")
    case 404:
        print("not found")
    case _:
        print("error")
flag = True
match flag:
    case True:
        print("yes")
    case False:
        print("no")

def f(s):
    match s:
        case [a, b]:
            return "pair " + a + b
        case "ab":
            return "the str"
        case _:
            return "no"
print(f("ab"), f("xy"))
calls = []
def subject():
    calls.append(1)
    return (1, 2, 3)
match subject():
    case (1, x):
        print("two", x)
    case (1, x, y):
        print("three", x, y)
print(len(calls))
for cmd in ["a", "b", "stop", "c"]:
    match cmd:
        case "stop":
            break
        case "b":
            continue
    print("did", cmd)
match (1, (2, 3)):
    case (1, (2, 3)):
        print("nested")

# a guard that fails leaves the case's captures bound (CPython binds them before the guard)
x = -1
match (5, 6):
    case (x, y) if x > 100:
        print("big")
    case _:
        pass
print(x, y)
best = 0
for v in [3, 4]:
    match v:
        case best if best > 100:
            print("huge")
print(best)
