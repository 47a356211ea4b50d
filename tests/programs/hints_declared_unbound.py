# a bare annotation `x: int` binds nothing, as in CPython: reading the name where it may not
# be assigned yet raises UnboundLocalError at run time.
def pick(flag: bool) -> int:
    x: int
    if flag:
        x = 5
    return x


print(pick(True))
print(pick(False))
