# error: 4:9: error: f-strings and string formatting are only supported as print() arguments in kilopy (they would build a new string): print the pieces
# An f-string outside print() would build a new string.
x = 1
label = f"x={x}"
print(label)
