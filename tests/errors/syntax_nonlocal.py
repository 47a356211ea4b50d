# error: 4:5: error: nonlocal declarations are not supported in kilopy: keep the variable the functions share in a field of an object (self.count += 1 in a method) or in a module-level name (global count)
# nonlocal is refused.
def f():
    nonlocal x
    x = 1

f()
