# `except E as e` of a built-in class: str(e) of the VM's KeyError is CPython's, the key's repr
# (an int, a str, a bool).
d = {1: 2, 3: 4}
s = {"a": 1}
b = {True: 1}
for k in (1, 2):
    try:
        print(d[k])
    except KeyError as e:
        print("key", e, "!")
try:
    print(s["it's"])
except KeyError as e:
    print("key", e)
try:
    print(b[False])
except KeyError as e:
    print("key", e)
