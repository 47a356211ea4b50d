# list.sort(key=k) with a key that runs the program's code, as CPython's: the list is empty
# while the keys are computed (a key reaching it through self, another name or a closure sees
# []), a key that raises leaves the list as it was, and one that changes the list makes the
# sort raise ValueError after it.
class Q:
    def __init__(self):
        self.items = [3, 1, 2]
    def rank(self, v):
        print(len(self.items))
        return v
    def order(self):
        self.items.sort(key=self.rank)
q = Q()
q.order()

class Queue:
    def __init__(self):
        self.jobs = [3, 1, 2]
    def prio(self, j):
        if j == 1:
            self.jobs.append(9)
        return j
    def order(self):
        try:
            self.jobs.sort(key=self.prio)
        except ValueError as e:
            print("error:", e)
        return self.jobs
print(Queue().order())

class Board:
    def __init__(self):
        self.scores = [30, 10, 20, 10]

    def pos(self, s):
        return self.scores.index(s)

    def ranked(self):
        self.scores.sort(key=lambda s: (-s, self.pos(s)))
        return self.scores


try:
    print(Board().ranked())
except ValueError as e:
    print("ValueError:", e)


def keyed(v):
    if v > 5:
        raise KeyError(v)
    return -v


data = [1, 7, 3]
try:
    data.sort(key=keyed)
except KeyError as e:
    print("KeyError:", e, data)

def order(xs):
    def k(v):
        return xs[0] - v
    xs.sort(key=k)
    return xs
print(order([3, 1, 2]))
