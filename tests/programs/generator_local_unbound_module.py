# A generator's local that may be unassigned, inlined into a loop of the module: CPython's
# UnboundLocalError (the generator's frame), not the module's NameError.
def count(n):
    for i in range(n):
        yield i
    print("i after", i)
for v in count(0):
    print(v)
