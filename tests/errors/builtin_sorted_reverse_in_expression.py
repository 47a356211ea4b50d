# error: 8:40: error: sorted() with reverse= neither True nor False is supported in kilopy where its result is assigned or returned (v = sorted(xs, reverse=r)) or where xs and r are names: assign them to names first
# sorted() with a variable reverse= inside another expression, its list computed by a call (xs and r could not be read in order there).
def scores():
    return [1, 3, 2]


descending = True
print("top:", sorted(scores(), reverse=descending)[0])
