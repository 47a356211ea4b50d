# Calls three deep in a program without recursion or lists (the AVR firmware's CALL and RET then
# keep no depth count: vm/vm.cpp KP_STATIC_CALLS): an error caught two frames up, calls after
# it, then an uncaught one three calls deep, whose traceback names every frame.


def inner(x):
    return 100 // x


def middle(x):
    return inner(x) + 1


def outer(x):
    try:
        return middle(x)
    except ZeroDivisionError:
        return -1


print(outer(5), outer(0), outer(7))
total = 0
for i in range(3, -1, -1):
    total += middle(i)
    print(total)
