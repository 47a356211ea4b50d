# error: 4:7: error: kilopy's str.removesuffix() takes its str and its argument as names or string literals (it reads them twice): assign them to variables first
# removesuffix() reads its str twice, so the str must be a name or a literal.
f = "a.py"
print(f.upper().removesuffix(".PY"))
