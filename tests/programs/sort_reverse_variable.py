# sorted() (assigned or returned) and list.sort() with reverse= given by a variable, with and without key=.
def ranked(scores, descending):
    return sorted(scores, reverse=descending)


def by_length(words, longest_first):
    return sorted(words, key=len, reverse=longest_first)


xs = [3, 1, 2, 3]
print(ranked(xs, True), ranked(xs, False))
words = ["bb", "a", "ccc", "dd"]
print(by_length(words, True), by_length(words, False))
flag = len(xs) > 3
ys = list(xs)
ys.sort(reverse=flag)
print(ys)
pairs = [(2, "b"), (1, "a"), (2, "a")]
pairs.sort(key=lambda p: p[0], reverse=not flag)
print(pairs)
n = 0
low = sorted([5, 7, 6], reverse=n)
high = sorted([5, 7, 6], reverse=n + 1)
print(low, high)
