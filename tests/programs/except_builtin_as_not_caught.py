# `except E as e` of a built-in class and an error whose text kilopy cannot write (list.remove()'s
# names the list's kind, gone with the frame): kilopy lets no such handler catch it and stops
# with CPython's traceback text. The handler only raises it again, so CPython stops there too.
xs = [1, 2]
try:
    xs.remove(1)
    print(xs)
    xs.remove(7)
except ValueError as e:
    raise
