# error: 3:7: error: unterminated string literal (detected at line 3)
# a string literal without its closing quote.
print("abc)
