"""A counter: a module variable changed through `global` in the module's function."""
count = 0


def bump(n):
    global count
    count += n
    return count


print("imp_counter loaded")
