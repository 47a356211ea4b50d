# error: 3:12: error: '<' not supported between instances of 'NoneType' and 'int'
# None < 1.
print(None < 1)
