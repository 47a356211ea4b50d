# error: ../modules/imp_class.py:2:1: error: classes are supported only in the program's own file in kilopy, not in an imported module: move class Sq there
# kilopy: path=../modules
# A class in an imported module is refused.
from imp_class import Sq
print(Sq(3).n)
