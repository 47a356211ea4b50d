# error: 6:5: error: 'v' would hold a string here, but holds an int at line 3 (kilopy gives each name one type)
# a name assigned in a try statement is not split into independent uses.
v = 1
print(v)
try:
    v = "one"
    print(v)
except ValueError:
    pass
