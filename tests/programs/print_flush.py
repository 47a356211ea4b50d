# print() with flush=True / flush=False.
print("a", 1, flush=True)
print("b", end="", flush=False)
print()
