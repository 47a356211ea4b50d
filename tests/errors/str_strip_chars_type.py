# error: 4:15: error: TypeError: strip arg must be None or str (kilopy takes a str, or None written out)
# strip(chars) of an int: CPython's TypeError.
s = "007"
print(s.strip(0))
