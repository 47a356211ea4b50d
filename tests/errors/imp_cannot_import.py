# error: 4:31: error: ImportError: cannot import name 'reset' from 'imp_counter'
# kilopy: path=../modules
# from m import x where m has no x.
from imp_counter import bump, reset
