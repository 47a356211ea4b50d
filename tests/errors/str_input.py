# error: 3:8: error: kilopy has no input(): read ints from the input stream with micro.read()
# input() reads text, and kilopy reads ints from micro.read().
name = input()
print(name)
