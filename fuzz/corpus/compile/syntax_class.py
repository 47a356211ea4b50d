# error: 3:1: error: class definitions are not supported; use functions and global variables
# class definitions are refused.
class Point:
    pass
print(1)
