# error: 6:1: error: illegal target for annotation
# an annotation on a call (a SyntaxError in CPython).
def f():
    return 1

f(): int = 1
