# error: 4:20: error: startswith() of a str with a start takes a str to look for in kilopy, not a tuple[str, str]: test each one (s.startswith(a, i) or s.startswith(b, i))
# startswith() of a tuple of prefixes with a start.
s = "key=value"
print(s.startswith(("key", "val"), 4))
