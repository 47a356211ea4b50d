# error: 5:5: error: 'break' outside loop
# 'break' outside a loop.
x = 1
if x:
    break
