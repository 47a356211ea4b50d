# a name read on later loop iterations but assigned further down the body: checked at run time.
for i in range(3):
    if i > 0:
        print(p)
    p = i
