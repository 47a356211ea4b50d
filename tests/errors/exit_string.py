# error: 4:6: error: exit() of a string is not supported in kilopy: give an int, a bool or None (CPython would print it and exit with status 1)
# exit() of a string (CPython prints it and exits with status 1).
print("bye")
exit("failed")
