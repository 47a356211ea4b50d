# A bare raise of list.remove()'s ValueError: the traceback's last line is CPython's.
xs = [1, 2]
try:
    xs.remove(5)
except ValueError:
    print("not there")
    raise
