# error: 5:19: error: AttributeError: module 'imp_counter' has no attribute 'reset'
# kilopy: path=../modules
# m.x where m has no x.
import imp_counter
print(imp_counter.reset())
