# error: 5:17: error: kilopy's str.replace() with a count takes a non-empty string literal to look for: write the string here, or replace every occurrence (no count)
# str.replace() with a count and a variable to look for (kilopy takes a count with a literal only).
s = "hello"
old = "l"
print(s.replace(old, "L", 1))
