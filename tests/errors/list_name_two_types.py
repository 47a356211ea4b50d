# error: 5:5: error: 'a' would hold an int here, but holds a list[int] at line 3 (kilopy gives each name one type)
# a name keeps one type where one read may see either value: a list here, an int there.
a = [1]
if len(a) > 0:
    a = 5
print(a)
