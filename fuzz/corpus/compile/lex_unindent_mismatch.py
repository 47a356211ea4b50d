# error: 5:5: error: unindent does not match any outer indentation level
# a dedent to a column no outer block uses.
if True:
        x = 1
    print(x)
