# error: 3:1: error: try statements are not supported (kilopy has no exceptions)
# try is refused.
try:
    print(1)
except ZeroDivisionError:
    print(2)
