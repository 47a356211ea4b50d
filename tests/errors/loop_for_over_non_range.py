# error: 4:10: error: for loops iterate over range(...), a list or an array in kilopy, not an int
# a for loop over something other than range(...).
n = 5
for i in n:
    print(i)
