# error: 9:13: error: parameter 'x' of show() is annotated int but receives an int or None at line 13: make the annotation and the value agree
# a parameter annotated int given an int or None: refused (it read the box as the int, a wrong answer).
def pick(n):
    if n:
        return n * 10
    return None


def show(x: int) -> int:
    return x + 1


print(show(pick(3)))
