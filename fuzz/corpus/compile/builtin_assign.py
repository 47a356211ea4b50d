# error: 3:1: error: cannot assign to builtin 'abs' in kilopy
# assigning to a builtin name.
abs = 3
print(abs)
