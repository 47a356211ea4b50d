# error: 4:13: error: comparing a string with an int is not supported in kilopy (a str equals only a str)
# a str compared with an int: always unequal in Python, refused in kilopy.
label = "1"
print(label == 1)
