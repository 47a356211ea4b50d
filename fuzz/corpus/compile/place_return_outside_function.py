# error: 4:1: error: 'return' outside function
# 'return' at module level.
x = 1
return x
