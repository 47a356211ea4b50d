# error: 5:7: error: strip(chars), lstrip(chars) and rstrip(chars) of a str that may be None is not supported in kilopy: call it where the str is not None (in `if s is not None:`)
# strip(chars) of a str or None.
words = ["a,", "b"]
last = words[-1] if len(words) > 5 else None
print(last.rstrip(","))
