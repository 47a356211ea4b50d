# A dict or None: the best row of a list of dicts (best = None, then a row), and a search that
# returns a row or None.
rows = [{"x": 1, "y": 2}, {"x": 5, "y": 0}, {"x": 3, "y": 9}]
best = None
for r in rows:
    if best is None or r["x"] > best["x"]:
        best = r
print(best)


def find(rows, k):
    for r in rows:
        if r["x"] == k:
            return r
    return None


r = find(rows, 5)
if r is not None:
    print(r["y"])
print(find(rows, 9))
hit = find(rows, 3)
print(hit is None, hit is not None, hit == None, hit != None, hit)
miss = find(rows, 7)
print(miss is None, miss is not None, miss == None, miss != None, miss)
print("found" if hit else "none", "found" if miss else "none", not miss)
