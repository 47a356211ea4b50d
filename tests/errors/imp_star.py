# error: 4:25: error: 'from imp_counter import *' is not supported in kilopy: name what you import (from imp_counter import f, g)
# kilopy: path=../modules
# from m import * is refused.
from imp_counter import *
