# error: 4:1: error: 'a' would hold an int here, but holds a list[int] at line 3 (kilopy gives each name one type)
# a name keeps one type: a list here, an int there.
a = [1]
a = 5
