# error: 8:5: error: exit() in a program with a 'finally' block is not supported in kilopy (CPython would run the finally blocks it leaves; kilopy ends at once): end the program by returning, or drop the finally
# exit() raises SystemExit in CPython, which runs the finally blocks it passes.
import sys


def stop():
    print("stopping")
    sys.exit(1)


try:
    stop()
finally:
    print("done")
