# error: 10:12: error: nested function 'g' is used as a value, and kilopy makes it a closure only where maybe() assigns each variable it reads before its def on every path to it (as a parameter or an assignment) and none after it, and it is neither recursive nor decorated, calls no other nested function and has constant defaults: assign those variables before the def, or call it, or define it at the top level
# A closure reading an outer variable that one path to its def leaves unassigned: CPython
# raises NameError only when the closure is called, kilopy's object takes the value at the def.

def maybe(flag):
    if flag:
        m = 5
    def g():
        return m
    return g

print(maybe(True)())
