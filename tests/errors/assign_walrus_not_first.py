# error: 4:21: error: assignment expressions (:=) are supported only first in an if, elif or while condition (`if (n := f(x)) > 0:`); assign in a separate statement
# a := after another operand (CPython may skip it) is refused.
xs = [1, 2]
if len(xs) > 1 and (n := xs[0]) > 0:
    print(n)
