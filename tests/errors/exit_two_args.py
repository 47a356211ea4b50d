# error: 4:1: error: sys.exit() takes at most 1 argument (2 given)
# exit() with two arguments.
import sys
sys.exit(1, 2)
