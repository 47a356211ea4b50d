# sys.exit(n) from inside nested calls: the status the shell sees is n & 0xFF (300 -> 44).
import sys


def check(n):
    if n > 3:
        print("stop at", n)
        sys.exit(n * 100 - 100)
    return n


def walk():
    for i in range(10):
        check(i)


walk()
print("not reached")
