# error: 3:10: error: range expected 1 to 3 arguments, got 4
# range() with four arguments.
for i in range(0, 10, 2, 1):
    print(i)
