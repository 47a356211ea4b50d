# error: 3:1: error: 'total' would hold a value that holds its own earlier value, nested without end (kilopy gives each name one type): build it from other names
# A name given a tuple holding its own value: the compile hung, its type growing on each pass (fuzz/compile).
total = ("total", total)
print(total)
