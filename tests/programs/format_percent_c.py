# %c formats an int as its character (chr), with a width and the - flag; outside
# range(0x110000) it is CPython's OverflowError, not chr()'s ValueError.
print("%c" % 65, "%c%c" % (104, 105), "[%3c|%-3c]" % (66, 67))
n = 0x41
print("%c" % n, "%c" % 0x4E2D, len("%c" % 233))
s = "%c=%d" % (n + 1, n)
print(s)
for v in [97, -1]:
    try:
        print("%c" % v)
    except ValueError:
        print("value error")
    except OverflowError:
        print("overflow")
print("%c" % (n - 66))
