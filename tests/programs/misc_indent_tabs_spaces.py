# Indentation that mixes spaces and tabs the same way on each line of a block is consistent
# (CPython compares columns with a tab as 8 and as 1: they must agree).
if True:
 	x = 1
 	print(x)
 	if x:
 	    print("space-tab, then four spaces")
 	    for i in range(2):
 	    	print(i)
 	print("back")
if x:
	y = 2
	if y:
	  print("tab, then two spaces", y)
	print("tab")


def f(a):
  	if a:
  		return a + 1
  	return 0


print(f(1), f(0))
