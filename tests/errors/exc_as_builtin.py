# error: 5:8: error: `except ZeroDivisionError as e` is not supported in kilopy: `as` binds exceptions of the program's own classes (the text of a built-in error may not be CPython's); write `except ZeroDivisionError:`
# except with `as` of a built-in class (its text is not always CPython's).
try:
    x = 1 // 0
except ZeroDivisionError as e:
    print(e)
