# d[obj.f] = v and xs[obj.n] op= v after a test that obj.f is not None: the target's key is read
# before the store, so the test still holds there.
class It:
    def __init__(self):
        self.who = None
        self.n = None


def clear(it):
    it.who = None
    return 1


members = {"ann": 1, "bob": 2}
it = It()
it.who = "ann"
if it.who:
    members[it.who] -= 1
it.n = 1
xs = [5, 6]
if it.n is not None:
    xs[it.n] += 1
    xs[it.n] = 7
print(members, xs)
