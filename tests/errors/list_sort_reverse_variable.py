# error: 5:16: error: kilopy's sort() needs reverse=True or reverse=False written out (the order is fixed at compile time)
# sort(reverse=) with a value computed at run time.
a = [2, 1]
down = len(a) > 1
a.sort(reverse=down)
