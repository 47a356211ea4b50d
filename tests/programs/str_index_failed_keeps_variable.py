# A failed str.index() or rindex() raises ValueError before its result reaches the variable:
# the variable keeps its value, as in CPython.

b = 6
try:
    b = "abc".index("z")
except ValueError:
    pass
print(b)

def field(line):
    pos = len(line)
    try:
        pos = line.rindex("=")
    except ValueError:
        print("no '=' in", repr(line))
    return line[:pos]
print(field("key=value"), field("plain"))
