# A call through a function value that raises inside the chosen function.
def safe(x):
    return x // 2


def risky(x):
    return 10 // x


TABLE = {"safe": safe, "risky": risky}


def run(name, x):
    f = TABLE[name]
    return f(x)


print(run("safe", 0))
print(run("risky", 5))
print(run("risky", 0))
