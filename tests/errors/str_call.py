# error: 4:9: error: str() is not supported in kilopy yet (it would build a new string): print the value itself, print(x) or print(f"{x}")
# str(x) builds a new string, refused.
n = 5
label = str(n)
print(label)
