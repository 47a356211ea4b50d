# error: 5:5: error: 'continue' not properly in loop
# 'continue' outside a loop.
x = 1
if x:
    continue
