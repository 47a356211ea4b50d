# math.isqrt(sum(d.values())), random.choice(list(d.keys())): a module's function called on a
# lowered generator is a function, not a value the lowering keeps first.
import math
import random
d = {"a": 4, "b": 5}
print(math.isqrt(sum(d.values())))
random.seed(3)
print(random.choice(list(d.keys())) in d)
print(math.gcd(sum(v for v in d.values()), max(x * 3 for x in d.values())))
