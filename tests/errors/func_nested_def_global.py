# error: 10:5: error: this def rebinds the global 'helper' (declared global in outer()): kilopy does not replace a module-level function at run time; give the new function its own name at module level and call that
# a nested def of a name the outer function declares global (CPython rebinds the module's function).
def helper():
    return "top"


def outer():
    global helper

    def helper():
        return "nested"
    return 1


print(helper())
outer()
print(helper())
