# Set operators on a set held in a field (typed in a later pass than the operator's).
class Bag:
    def __init__(self):
        self.tags = {1, 2}
b = Bag()
t = {2, 3}
print(sorted(b.tags & t), sorted(b.tags | t), len(b.tags - t))
b.tags = b.tags | t
print(sorted(b.tags))
