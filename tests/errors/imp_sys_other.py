# error: 4:15: error: kilopy has no sys.argv (of the sys module, kilopy has exit only)
# an attribute of sys other than exit.
import sys
print(len(sys.argv))
