# print as a function value: a parameter's default (report=print), an argument by position or
# keyword, and an element of a loop over functions; calls through it are calls of print.
def log(a, b):
    print("log", a, b)


def train(data, epochs=3, verbose=False, report=print):
    for e in range(epochs):
        if verbose:
            report("epoch", e)
    return len(data)


def run(step, out=print):
    out("step", step, sep="-", end="|\n")
    return step


print(train([1, 2], verbose=True))
print(train([1], 2, True, log))
print(train([1], 1, True, report=print))
run(3)
run(4, out=print)
for f in (print, log):
    f("x", 1)
print(print is print, log is not print)
