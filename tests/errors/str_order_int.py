# error: 4:13: error: '<' not supported between instances of 'str' and 'int'
# ordering a str against an int: CPython's TypeError, at compile time.
label = "1"
print(label < 2)
