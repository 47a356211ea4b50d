# str.count() and str.replace() looking for a variable (also an empty one) or for "".
def stats(words, letter):
    total = 0
    for w in words:
        total += w.count(letter)
    return total

text = "the quick brown fox jumps over the lazy dog"
words = text.split()
for ch in "aeiou":
    print(ch, stats(words, ch), text.count(ch))
empty = ""
print(text.count(empty), "".count(empty), "abc".count(empty))
old = "o"
new = "0"
print(text.replace(old, new))
print("ab".replace(empty, new), "".replace(empty, new), "".replace(old, new))
sep = "th"
print(text.replace(sep, "TH"), text.count(sep))
class Doc:
    def __init__(self, t):
        self.t = t
d = Doc("aXbXc")
x = "X"
print(d.t.count(x), d.t.replace(x, "-"))
pat = "aa"
print("aaaaa".count(pat), "aaaaa".replace(pat, "b"))
def word():
    return "hello"
print(word().count(""), word().replace("", "."), "".count(""), "".replace("", "+"))
print("a,b".replace(",", ""))
