# error: 5:26: error: `except E as name` is not supported in kilopy yet: write `except E:` (the exception's text cannot be printed)
# Except E as name.
try:
    x = 1 // 0
except ZeroDivisionError as e:
    print(e)
