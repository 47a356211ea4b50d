# error: ../modules/imp_cycle_b.py:1:8: error: circular import imp_cycle_a -> imp_cycle_b -> imp_cycle_a: kilopy cannot link modules that import each other; move what they share into a third module
# kilopy: path=../modules
# Modules that import each other are refused, in the module that closes the cycle.
import imp_cycle_a
