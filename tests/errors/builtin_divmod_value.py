# error: 3:7: error: kilopy takes divmod() only as the whole value of an assignment or a return: write q, r = divmod(a, b) or t = divmod(a, b) first
# divmod() inside another expression: kilopy takes it only as a whole assigned or returned value.
print(divmod(7, 2))
