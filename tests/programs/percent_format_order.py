# "..." % (a, b) of a literal whose fields are %s, %r or %a with flags (- + space # 0) and widths and
# precisions of two digits at most: CPython 3.11 makes it an f-string (each text taken in order);
# otherwise, and for a format held in a module constant, every value is evaluated first.
FMT = "%s %s"
xs = [1, 2]; print("%+s %s" % (xs, xs.pop()))
xs = [1, 2]; print("% s %s" % (xs, xs.pop()))
xs = [1, 2]; print("%#s %s" % (xs, xs.pop()))
xs = [1, 2]; print("%-s %s" % (xs, xs.pop()))
xs = [1, 2]; print("%s|%%|%s" % (xs, xs.pop()))
xs = [1, 2]; print("%s|%100s|" % (xs, xs.pop()))
xs = [1, 2]; print("%s|%99s|" % (xs, xs.pop()))
xs = [1, 2]
print(FMT % (xs, xs.pop()))
