# error: 3:10: error: parameter 'u' of f() is annotated tuple[int, ...] but receives a tuple[int, int, int] at line 7 (kilopy's tuple[T, ...] is a tuple built at run time, by tuple(xs), a slice or +; a tuple display has its length in its type): annotate it tuple[int, int, int], or leave the annotation out
# a tuple display passed where tuple[int, ...] is annotated: its length is in its type.
def f(u: tuple[int, ...]) -> int:
    return len(u)


print(f((1, 2, 3)))
