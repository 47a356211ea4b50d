# error: 3:20: error: function 'positive' is annotated to return bool but returns an int at line 4: make the annotation and the returns agree
# a function annotated to return bool returns an int.
def positive(x) -> bool:
    return x

print(positive(3))
