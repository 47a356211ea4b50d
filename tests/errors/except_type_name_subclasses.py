# error: 6:11: error: type(e).__name__ is supported in kilopy only in a handler of one class without subclasses (its name is known when compiling): catch each class in a clause of its own
# The handler of Exception catches many classes, and kilopy's e does not keep which.
try:
    int("a")
except Exception as e:
    print(type(e).__name__)
