# error: 7:11: error: a generator expression with key= is not supported in kilopy here (its items or its key call functions): use a list comprehension
# min() with key= of a generator expression whose key calls a function of the program (its calls would interleave).
def rank(v):
    return v % 4


print(min((x * 3 for x in range(4)), key=rank))
