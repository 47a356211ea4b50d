# error: 4:4: error: 'x' is annotated bool here but int at line 3 (kilopy gives each name one type)
# one name annotated with two types.
x: int = 0
x: bool = True
print(x)
