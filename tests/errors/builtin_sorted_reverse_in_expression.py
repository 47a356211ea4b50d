# error: 5:34: error: sorted() with reverse= neither True nor False is supported in kilopy where its result is assigned or returned (v = sorted(xs, reverse=r))
# sorted() with a variable reverse= inside another expression (xs and r could not be read in order there).
xs = [1, 3, 2]
descending = True
print("top:", sorted(xs, reverse=descending)[0])
