# error: 7:5: error: exit() in a program with a bare 'except:' is not supported in kilopy (CPython's SystemExit would be caught by it; kilopy ends at once): write except Exception:, or end the program by returning
# sys.exit() where a bare except: would catch CPython's SystemExit.
import sys


try:
    sys.exit(2)
except:
    print("caught")
print("end")
