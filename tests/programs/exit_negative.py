# sys.exit(-1): the shell sees 255; exit(True) would be 1.
import sys

print("before")
sys.exit(-1)
