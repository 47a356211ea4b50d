# error: 4:5: error: unexpected indent
# an indented line that opens no block.
x = 1
    print(x)
