# error: 6:5: error: 'v' would hold a string here, but holds an int at line 3 (kilopy gives each name one type)
# a handler reads a name the try body may have given another type (it may hold either there).
v = 1
print(v)
try:
    v = "one"
    print(int(v))
except ValueError:
    print(v)
