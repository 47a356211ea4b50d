# error: 5:9: error: 'is' is only supported with None, objects, functions, two bools, and two lists, dicts or sets in kilopy (use == to compare values)
# 'is' works only with None.
a = 1
b = 1
print(a is b)
