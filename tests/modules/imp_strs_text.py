# str values defined in a module: the same text as the program's is the same value.
GREETING = "hello"


def kind(n):
    return "even" if n % 2 == 0 else "odd"
