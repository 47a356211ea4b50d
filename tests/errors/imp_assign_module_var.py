# error: 5:1: error: assigning to another module's variable is not supported in kilopy: call a function of that module that sets it (with `global`)
# kilopy: path=../modules
# m.x = v is refused.
import imp_counter
imp_counter.count = 3
