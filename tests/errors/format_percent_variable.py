# error: 5:16: error: '%' of a format string held in a variable is not supported in kilopy: write the string itself there ("%d items" % n), or keep it in a module constant assigned once (FMT = "%d items", then FMT % n)
# `fmt % args` formats only a literal (or a module constant bound once to one): a format string
# passed in a variable is refused.
def show(fmt, n):
    return fmt % n


print(show("%d items", 3))
