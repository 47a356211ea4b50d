# Nested widths on a value that may be None, shown by !s and !r: its text is padded as a str's
# (left by default; a negative width is CPython's ValueError).
def get(i):
    if i > 1:
        return None
    return i * 7
for i in range(3):
    x = get(i)
    for w in [-3, 4]:
        try:
            print(f"[{x!s:{w}}]", f"[{x!r:>{w}}]")
        except ValueError as e:
            print("ValueError:", e)
for k in range(2):
    n = None if k == 0 else "zz"
    for w in [-2, 3]:
        try:
            print(f"[{n!s:{w}}]")
        except ValueError as e:
            print("ValueError:", e)
