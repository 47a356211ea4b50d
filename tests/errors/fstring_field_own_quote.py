# error: 3:12: error: SyntaxError: unterminated string literal: an f-string field cannot hold the f-string's own quote (") in Python 3.11: use the other quote inside the field
# The f-string's own quote inside a field: Python 3.11 ends the f-string there (3.12 allows it).
print(f"{'a"b'}")
