# error: 4:10: error: for loops iterate only over range(...) in kilopy
# a for loop over something other than range(...).
n = 5
for i in n:
    print(i)
