# error: ../modules/imp_bad_types.py:7:12: error: function 'flag' returns a bool here, but returns an int at line 6 (kilopy functions return one type)
# kilopy: path=../modules
# A compile error in an imported module is reported in that module's file.
from imp_bad_types import flag

print(flag(1))
