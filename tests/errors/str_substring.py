# error: 4:15: error: 'in' on a str (a substring test) is not supported in kilopy yet: compare with == or look in a list of strs
# `in` on a str is a substring test, refused.
mode = "training"
print("train" in mode)
