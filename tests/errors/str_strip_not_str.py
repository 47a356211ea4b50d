# error: 4:7: error: AttributeError: 'list' object has no attribute 'strip' (kilopy's strip(chars), lstrip(chars) and rstrip(chars) take a str)
# a list has no strip().
words = ["a", "b"]
print(words.rstrip(","))
