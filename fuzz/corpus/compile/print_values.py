# Printing ints (negative, zero, large), bools, None and string literals, several per call.
print(0)
print(-0)
print(-1, -32767, 32767)
print(True, False, None)
print("hello, world")
print("")
print()
print("quote \"inside\"", 'single', "back\\slash")
print("answer:", 42, "negative:", -42)
x = -5
print(x, -x, x * x)
print(None, None)
