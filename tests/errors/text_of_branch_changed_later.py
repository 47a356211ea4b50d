# error: 4:17: error: the text of this value (a list or dict, or its alternative) is taken when kilopy computes it, where CPython takes it once the other values are computed, which may change it (a call after it): give it a print() or a format of its own, or assign its text first (t = str(xs) if xs else "none")
# print(xs or "empty", ...) where a later argument changes xs: CPython shows xs as print() runs, after the pop.
stack = [3]
print("stack:", stack or "empty", "popped", stack.pop())
