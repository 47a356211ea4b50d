# error: 3:1: error: function 'f' can end without a return (so returns None), but returns an int at line 5 (kilopy functions return one type)
# a function returning an int on one path and falling off the end (None) on another (CPython accepts this).
def f(n):
    if n > 0:
        return 1

print(f(1))
