# KeyError: True: pop of a missing bool key.
d = {False: 1}
print(d.pop(False))
d.pop(True)
