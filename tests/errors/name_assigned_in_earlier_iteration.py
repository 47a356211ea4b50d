# error: 5:15: error: name 'p' might be used before it is assigned (it is not assigned on every path to here)
# a name read on later loop iterations but assigned only further down the body.
for i in range(3):
    if i > 0:
        print(p)
    p = i
