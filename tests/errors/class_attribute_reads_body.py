# error: 9:12: error: a class attribute computed from another (count) of the class body is not supported in kilopy where it is assigned or holds a list, dict or set: write its value out
# a class attribute holding a list computed from another name of the class body (CPython reads
# the class's count, 5; moved out of the class, it would read the module's).
count = 10


class A:
    count = 5
    step = [count]


print(A.step)
