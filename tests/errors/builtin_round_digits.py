# error: 4:17: error: kilopy's round() takes its number of digits as an int literal (round(x, -2))
# round() with its digits known only at run time.
n = -1
print(round(15, n))
