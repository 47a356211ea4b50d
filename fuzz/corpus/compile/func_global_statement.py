# The global statement lets a function write module-level variables; others read them.
counter = 0
total = 0
flag = False

def bump(n):
    global counter, total
    counter += 1
    total = total + n

def set_flag():
    global flag
    flag = True

def read():
    return counter * 1000 + total

for i in range(1, 6):
    bump(i)
print(counter, total, read())
print(flag)
set_flag()
print(flag)

def reset():
    global counter
    counter = 0

reset()
print(counter, total, read())
