# Sets of ints and bools: displays, set(), add, discard, remove, in, len, ==, sorted, truth.
s = {3, 1, 3, 2}
print(len(s), 2 in s, 5 in s, 5 not in s, sorted(s))
s.add(10)
s.add(1)
s.discard(3)
s.discard(99)
s.remove(2)
print(sorted(s), sorted(s, reverse=True), len(s))
seen = set()
for x in [4, 7, 4, 1, 7]:
    if x in seen:
        print("again", x)
    seen.add(x)
print(sorted(seen), seen == {1, 4, 7}, seen != {1, 4}, not seen, bool(seen))
flags = {True}
flags.add(False)
print(sorted(flags), 1 in flags)
byrow = {}
byrow[0] = {5}
byrow[0].add(6)
print(sorted(byrow[0]), len(byrow))
seen.clear()
print(len(seen), sorted(seen))
seen.remove(4)
