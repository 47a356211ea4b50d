# error: 4:9: error: f-strings and string formatting are only supported as print() arguments in kilopy (strings are not values yet): print the pieces
# An f-string outside print() would be a str value, and kilopy has none yet.
x = 1
label = f"x={x}"
print(label)
