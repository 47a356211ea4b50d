# error: 5:5: error: 'flag' would hold a bool here, but holds None at line 3 (kilopy gives each name one type): only an object, an int, a str, a tuple, a list or a dict can also be None in kilopy; for a bool, start from a value it never takes otherwise (an int: -1), or keep a separate bool
# a bool that may be None (only objects and ints can also be None).
flag = None
if len("ab") > 1:
    flag = True
print(flag)
