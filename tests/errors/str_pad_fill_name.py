# error: 4:22: error: kilopy's str.center() takes its fill character as a string literal ("*")
# a fill character only known at run time is refused (CPython checks its length then).
fill = "*"
print("ab".center(6, fill))
