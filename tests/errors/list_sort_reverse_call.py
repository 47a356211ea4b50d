# error: 7:16: error: kilopy's sort() takes reverse=True, reverse=False or a variable (no call): assign it to a variable first
# sort(reverse=) with a call (a variable is taken).
def down(a):
    return len(a) > 1
a = [2, 1]
print(a)
a.sort(reverse=down(a))
