# error: 9:1: error: 'v' would hold a string here, but holds an int at line 7 (kilopy gives each name one type)
# a module-level name a function reads is one variable: its uses cannot be split by type.
def show():
    print(v)


v = 1
show()
v = "one"
print(v)
