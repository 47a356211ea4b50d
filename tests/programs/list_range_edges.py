# kilopy: overflow16
# list(range(...)) ending next to the int range's edge: the value after the last one would not
# fit, and is never computed (the image fuzzer found the VM computing it: undefined in C++).
print(list(range(32000, 32767, 500)), list(range(-32000, -32768, -300)))
top = 2 ** 30 - 1 + 2 ** 30
print(list(range(top - 647, top, 500)), list(range(-top + 647, -top - 1, -300)))
