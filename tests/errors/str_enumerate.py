# error: 3:24: error: iterating over a str is supported in kilopy only as `for ch in s:` (and in comprehensions): write for i in range(len(s)) and s[i]
# enumerate() of a str.
for i, ch in enumerate("abc"):
    print(i, ch)
