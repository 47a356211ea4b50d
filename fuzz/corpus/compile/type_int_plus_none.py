# error: 4:9: error: unsupported operand type(s) for +: 'int' and 'NoneType'
# int + None.
x = None
print(1 + x)
