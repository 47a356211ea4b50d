# error: 3:17: error: kilopy has no sys.argv (of the sys module, kilopy has exit only)
# from sys import of a name other than exit.
from sys import argv
print(len(argv))
