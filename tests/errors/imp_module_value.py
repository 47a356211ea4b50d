# error: 5:5: error: module 'imp_counter' is not a value in kilopy: use imp_counter.name
# kilopy: path=../modules
# a module used as a value.
import imp_counter
x = imp_counter
