# error: 4:12: error: kilopy has no empty tuple: return nothing (None) instead of ()
# `return ()` returns an empty tuple (found by fuzz/compile: it made a RETM of no registers).
def outer():
    return ()


outer()
