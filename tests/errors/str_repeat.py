# error: 4:11: error: '*' on a str is not supported in kilopy (it would build a new string): print the pieces instead (print(a, b, sep=''))
# repeating a str is refused: it would build a new string.
bar = "-"
print(bar * 10)
