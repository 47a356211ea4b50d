# max(d, key=d.get), the idiom for the key with the largest value: ties go to the first key
# in insertion order, as in CPython; min and sorted likewise.
votes = {}
for label in [2, 0, 2, 1, 0, 2, 1, 1]:
    votes[label] = votes.get(label, 0) + 1
print(votes)
print(max(votes, key=votes.get), min(votes, key=votes.get))
print(sorted(votes, key=votes.get), sorted(votes, key=votes.get, reverse=True))
names = {"low": 3, "mid": 7, "high": 7}
print(max(names, key=names.get), min(names, key=names.get))


def winner(counts):
    return max(counts, key=counts.get)


print(winner({5: 1, 6: 4, 7: 2}))
empty = {0: 0}
del empty[0]
print(max(empty, key=empty.get))
