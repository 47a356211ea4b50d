# error: 11:12: error: nested function 'get' is used as a value, and kilopy makes it a closure only where make() assigns each variable it reads before its def on every path to it (as a parameter or an assignment) and none after it, and it is neither recursive nor decorated, calls no other nested function and has constant defaults: assign those variables before the def, or call it, or define it at the top level
# A closure reads its outer variables when it is called: one the outer function assigns after
# the def (k = 2) would be read at its new value, which the closure object kilopy makes at the
# def does not follow; refused.
def make():
    k = 1

    def get():
        return k
    k = 2
    return get


print(make()())
