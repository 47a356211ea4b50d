# An error deep in a recursion unwinds every frame to the handler; the frames and the heap
# the dropped frames held are free again: the loop repeats it until the dropped frames' lists would fill the arena many times over.

class Stop(Exception):
    pass

def dive(n, xs):
    ys = [n, n, n]
    if n == 0:
        raise Stop
    return dive(n - 1, ys) + xs[0]

def down(n):
    if n == 0:
        return 1 // n
    return down(n - 1) + 1

caught = 0
for i in range(50):
    try:
        dive(10, [1])
    except Stop:
        caught += 1
    try:
        down(12)
    except ZeroDivisionError:
        caught += 1
print("caught", caught)
print(dive(3, [1]))
