# error: 3:12: error: '+' on a str is not supported in kilopy (it would build a new string): print the pieces instead (print(a, b, sep=''))
# string concatenation is refused: it would build a new string.
print("ab" + "cd")
