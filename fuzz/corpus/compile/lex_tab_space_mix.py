# error: 5:2: error: inconsistent use of tabs and spaces in indentation
# a block indented with spaces on one line and a tab on the next.
if True:
        x = 1
	print(x)
