# min() and max() of a str: of its characters.
s = "hello"
print(max(s), min(s), max("abc"), min("zebra"))
word = "Python"
print(max(word.lower()), min(word))
try:
    print(max(""))
except ValueError as e:
    print("error:", e)
print(max(["ab", "b"]), min("ba", "ab"))
