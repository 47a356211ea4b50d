# error: 6:5: error: annotated name 'n' can't be global
# a global name annotated inside a function (a SyntaxError in CPython).
n = 0
def bump():
    global n
    n: int = n + 1

bump()
print(n)
