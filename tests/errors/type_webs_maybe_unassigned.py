# error: 8:5: error: 'v' would hold a string here, but holds an int at line 5 (kilopy gives each name one type)
# a read that may find the name unassigned (checked at run time) keeps it one variable.
def f(n):
    if n > 0:
        v = 1
        print(v)
    print(v)
    v = "one"
    print(v)


f(1)
