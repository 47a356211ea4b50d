# error: 4:8: error: dict.fromkeys(xs) gives every key the value None, and a kilopy dict does not hold None values: give the value, dict.fromkeys(xs, 0), or use a set
# dict.fromkeys(xs) without a value: its values would be None.
words = ["spam", "eggs"]
seen = dict.fromkeys(words)
print(seen)
