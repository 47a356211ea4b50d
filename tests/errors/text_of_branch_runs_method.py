# error: 10:16: error: 'or' would give a string here or a bool (column 7): kilopy needs one type
# `not q or "busy"` of an object with __bool__ would test q twice as the text of its branches: refused.
class Queue:
    def __init__(self):
        self.checks = 0
    def __bool__(self):
        self.checks += 1
        return False
q = Queue()
print(not q or "busy", q.checks)
