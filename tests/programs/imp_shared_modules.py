# kilopy: path=../modules
# Modules that import each other's imports (random, imp_shared_low) in several units: each
# body runs once, at its first import, as in CPython.
import random
import imp_shared_low
import imp_shared_mid
import imp_shared_top

random.seed(3)
r = imp_shared_low.roll()
print(imp_shared_mid.size(), imp_shared_top.twice(), 1 <= r <= 6)
