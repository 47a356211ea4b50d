# kilopy: overflow16
# expect: class_single_instance_raises.py", line 22, in <module>
# expect: class_single_instance_raises.py", line 18, in main
# expect: class_single_instance_raises.py", line 11, in grow
# An OverflowError in a method of a class made once (its fields globals, docs/memory.md):
# the traceback names the method, its line and the caller's as for an object.
class Acc:
    def __init__(self):
        self.total = 30000
    def grow(self, d):
        self.total = self.total + d
        return self.total

def main():
    a = Acc()
    print(a.grow(1000))
    print(a.grow(1000))
    print(a.grow(3000))
    print(a.total)


main()
